@factcheck
Feature: When each statement was made
  A statement's date is resolved against the article's publication date:
  "said Wednesday" in an article published on Thursday 14 September 2023 is
  13 September. A statement with no day of its own takes the day of the same
  speaker's last dated statement, and failing that the publication date. A
  date in a photo caption is not the publication date, and without a
  publication date no relative day can be resolved (docs/guidelines.md,
  "Date").

  Background:
    Given the articles in "../examples"

  Scenario: The Korea Herald article gives its publication date in its text
    Then the article "000_4cc6572603486089" was published on 2023-09-14

  Scenario: A photo caption's date is not the publication date
    Then the article "003_b02aed5dc7adf1a3" has no publication date

  Scenario: "Said Wednesday" in an article of Thursday 14 September 2023 is 13 September
    Then "John Kirby" says "The United States is concerned about growing defense cooperation between North Korea and Russia"
    And it is dated 2023-09-13

  Scenario: A statement with no day of its own takes the day of the speaker's last dated one
    Then "John Kirby" says "If they decide to move forward with some sort of arms deal, obviously, we will take a measure of that"
    And it is dated 2023-09-13
    And "John Kirby" says "we continue to urge North Korea to meet its public commitments not to support Russia's war on Ukraine"
    And it is dated 2023-09-13

  Scenario: A speaker with no dated statement takes the publication date
    Then "Antony Blinken" says "any weapons deal between Pyongyang and Moscow would violate numerous United Nations Security Council resolutions"
    And it is dated 2023-09-14

  Scenario: Without a publication date, "on Thursday" and "earlier this week" name no day
    Then "John Kirby" is quoted in "003_b02aed5dc7adf1a3"
    And his statements have no date
    And "Matthew Miller" is quoted in "003_b02aed5dc7adf1a3"
    And his statements have no date
