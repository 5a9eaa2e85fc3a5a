@factcheck
Feature: Attribution shapes, by general rules
  Who a statement belongs to follows from the shape of the sentence, not from
  any word of one story: a nominal attribution ("X's accusation that ...") is
  X's claim, a relay ("..., Interfax reported") leaves the claim with the
  person quoted, "reported X as saying" is X's claim, a parenthetical
  ("..., the ministry said, ...") attributes the sentence around it, and a
  leading adverbial ("Back in December") is never the speaker.

  Background:
    Given the articles in "data/attribution"

  Scenario: A nominal attribution is its owner's claim, beside the denial
    Then "Ukraine" says "it shelled the town"
    And "Russia" denies "Kyiv's accusation that it shelled the town"

  Scenario: The real speaker over the relay
    Then "Dmitry Peskov" denies "We had nothing to do with it"

  Scenario: "Reported X as saying" is X's claim
    Then "Polish officials" says "the shells came from Russian territory"
    And they speak for "Poland"

  Scenario: A leading adverbial is never the speaker
    Then "British prosecutors" says "the suspect had fled the country"
