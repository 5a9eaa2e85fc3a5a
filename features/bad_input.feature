@factcheck
Feature: Unreadable inputs are skipped, the rest is analyzed
  A folder of articles may hold files that are not articles. Each one is
  skipped with a message that names it, and does not stop the others.

  Scenario: An empty file and a binary file in a folder
    Given the articles in "data/bad-input"
    Then the input "empty.txt" is skipped
    And the input "binary.txt" is skipped
    And 1 article is analyzed
    And the article "good" was published on 2024-03-07
