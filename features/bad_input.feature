@factcheck
Feature: Unreadable inputs are skipped, the rest is analyzed
  A folder of articles may hold files that are not articles, or articles with
  hostile content. Each unreadable one is skipped with a message that names
  it, and none of them stops the others.

  Scenario: An empty file and a binary file in a folder
    Given the articles in "data/bad-input"
    Then the input "empty.txt" is skipped
    And the input "binary.txt" is skipped
    And the article "good" was published on 2024-03-07

  Scenario: Hostile files are skipped by name
    Given the articles in "data/bad-input"
    Then the input "big-number.json" is skipped as bad JSON
    And the input "charset-hex.html" is skipped as not a text encoding
    And the input "charset-base64.html" is skipped as not a text encoding
    And the input "charset-rot13.html" is skipped as not a text encoding
    And the input "[/bold].txt" is skipped as empty
    And the input "notes.pdf" is skipped as not read
    And 3 articles are analyzed

  Scenario: An implausible publication date is dropped, not fatal
    Given the articles in "data/bad-input"
    Then the article "year-one" has no publication date
    And the article "year-one" is analyzed

  Scenario: A lone surrogate in a JSON record does not stop the report
    Given the articles in "data/bad-input"
    Then the article "surrogate" is analyzed
    And the article "surrogate" was published on 2024-03-08
