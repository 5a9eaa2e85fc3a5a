"""Score sets with a trial 'meaning' signal in the linkage: static sentence embeddings.

    python scripts/meaning_trial.py WEIGHT CENTRE SET...

A research aid for issue 8, never part of the package: it adds to
``factcheck.match._linkage.SIGNALS`` a signal ``WEIGHT * (cos - CENTRE)`` (the cosine
of two claims' WordLlama embeddings, what they deny set aside as the linkage does),
runs the analysis and prints the scorer's summary line per set. WEIGHT 0 scores the
code as it is. SET is ``dev``, a folder name under ``eval/`` or a set folder's path
(with ``articles/`` and ``gold/``). Needs ``wordllama`` importable (see
``pair_signals.py``); it loads the weights and tokenizer shipped in its wheel and never
downloads.
"""

from __future__ import annotations

import contextlib
import functools
import pathlib
import subprocess
import sys
import tempfile
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _set(name: str) -> tuple[list[str], pathlib.Path]:
    if name == "dev":
        return [str(SHARED / "seeds"), str(SHARED / "eval" / "articles")], SHARED / "eval" / "dev"
    folder = pathlib.Path(name) if "/" in name else ROOT / "eval" / name
    return [str(folder / "articles")], folder / "gold"


def main(argv: list[str]) -> None:
    weight, centre, sets = float(argv[0]), float(argv[1]), argv[2:]
    import factcheck.match._linkage as linkage
    from factcheck.cli import main as cli

    if weight:
        import wordllama  # type: ignore[import-not-found]  # optional, research only
        from wordllama import WordLlama  # type: ignore[import-not-found]

        # the wheel ships weights/ and tokenizers/ beside the module: a cache folder
        # holding both, so the loader finds them and never downloads
        model = WordLlama.load(cache_dir=pathlib.Path(wordllama.__file__).parent,
                               disable_download=True)

        @functools.cache
        def vector(text: str) -> Any:
            return model.embed([text], norm=True)[0]

        def meaning(p: Any) -> float:
            a, b = linkage._content_of(p.a), linkage._content_of(p.b)
            return float(vector(a) @ vector(b)) - centre

        linkage.SIGNALS["meaning"] = meaning
        linkage.WEIGHTS["meaning"] = weight
    for name in sets:
        arts, gold = _set(name)
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "report.json"
            with contextlib.suppress(SystemExit):  # the CLI exits 1 on skips
                cli(["analyze", *arts, "--format", "json", "-o", str(out), "-q"])
            text = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold),
                                   str(out)], capture_output=True, text=True, check=True).stdout
        figures = {line.split()[0]: line for line in text.splitlines() if line.strip()}
        print(f"{pathlib.Path(name).name:10}", figures.get("clusters", "").strip(),
              "|", figures.get("verdicts", "").strip(), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
