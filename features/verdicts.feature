@factcheck
Feature: Which claims about North Korea and Russia are contested, corroborated or uncorroborated
  The two example articles report what officials of several governments said
  about arms and aid between North Korea and Russia: The Korea Herald (Yonhap)
  on 14 September 2023 and an undated article of The Epoch Times. A
  proposition's verdict depends on parties, not on how many officials or
  articles repeat it (docs/guidelines.md, "Verdict of a proposition").

  Background:
    Given the articles in "../examples"

  Scenario: North Korea supplying arms to Russia is contested
    Then the claim "North Korea has given Russia artillery shells and ballistic missiles" is contested
    And it is asserted by "United States", "Ukraine" and "NATO"
    And it is denied by "Russia" and "North Korea"

  Scenario: Russia helping North Korea develop satellites is corroborated
    Then the claim "Russia will help North Korea develop satellites" is corroborated
    And it is asserted by "Pyongyang" and "Moscow"
    And nobody denies it

  Scenario: A point only US officials make is uncorroborated, however many of them make it
    Then the claim "the relationship between Russia and North Korea violates UN Security Council resolutions" is uncorroborated
    And it is asserted by "United States"
    And it is not asserted by "Russia"
    And "Antony Blinken" said it on 2023-09-14
    And nobody denies it

  Scenario: Russia seeking arms from North Korea rests on the United States alone
    Then the claim "Russia is seeking to sign a potential arms deal with North Korea" is uncorroborated
    And it is asserted by "US"
    And "John Kirby" said it on 2023-09-13
