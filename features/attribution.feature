@factcheck
Feature: Who said it, and for whom
  A claim is reported under its speaker's canonical full name, whatever the
  article calls them after the first mention ("Kirby", "Mr. Kirby", "he",
  "the NSC official"). The party a speaker speaks for comes from their role:
  every official of one government is one party (docs/guidelines.md,
  "Speaker" and "Party").

  Background:
    Given the articles in "../examples"

  Scenario: A surname resolves to the full name
    Then "John Kirby" says "any arrangement that would improve North Korea's military capabilities certainly would be of significant concern to us"

  Scenario: "He" resolves to the speaker named before
    Then "John Kirby" says "it's entirely likely that that's at least one type of ammunition that Mr. Putin is seeking"
    And "Antony Blinken" says "We are looking to make sure that we, as necessary, can impose costs and consequences"

  Scenario: A description resolves to the person it describes
    Then "John Kirby" says "the US does not have full visibility on the outcome of the Kim-Putin meeting"

  Scenario Outline: The party comes from the speaker's role
    Then "<speaker>" is quoted
    And they speak for "<party>"

    Examples:
      | speaker          | party                 |
      | John Kirby       | United States         |
      | Antony Blinken   | United States         |
      | Matthew Miller   | United States         |
      | Jens Stoltenberg | NATO                  |
      | Evan Medeiros    | Georgetown University |

  Scenario: A collective speaker stays collective
    Then "North Korea" says "Russia will help North Korea develop satellites"
    And "Russia" says "Russia will help North Korea develop satellites"

  Scenario: A denial that points back is a denial by each party named
    Then "Russia" denies "Both Russia and North Korea deny those assertions"
    And "North Korea" denies "Both Russia and North Korea deny those assertions"
