/**
 * The community guideline checks: "Comments have to be in English, and in full sentences. They cannot be abusive
 * or personal."
 *
 * <ul>
 *   <li><b>rule</b> ({@link news.dateline.comment.check.Rule}): one of the four guidelines; its code
 *       ({@code not_english}, …) is what the {@code moderate} command prints. Not "policy" or "filter".</li>
 *   <li><b>check</b>: the code that judges one rule ({@code EnglishCheck}, {@code SentenceCheck},
 *       {@code AbuseCheck}, {@code PersonalCheck}).</li>
 *   <li><b>verdict</b> ({@link news.dateline.comment.check.Verdict}): one check's decision, score and explanation
 *       for the author, stored with the comment.</li>
 *   <li><b>decision</b> ({@link news.dateline.comment.check.Decision}): publish, review ("held" for a moderator),
 *       or reject. Not "approve"/"block": those are a moderator's actions.</li>
 *   <li><b>pipeline</b> ({@link news.dateline.comment.check.GuidelinePipeline}): all enabled checks; the strictest
 *       decision wins.</li>
 *   <li><b>word lists</b> ({@link news.dateline.comment.check.WordLists}): banned (reject) and suspect (review)
 *       words and phrases for the abuse check.</li>
 *   <li><b>person-directed</b> ({@code PersonDirected}): words aimed at a person or group rather than an idea,
 *       found from sentence structure (subject, copula, predicate; an insult used of anyone; an adjective before a
 *       word for a person; a call to violence) and the {@code lexicon}; shared by the abuse and personal checks.
 *       Its rules live by what they decide: {@code InsultPhrases}, {@code CommandAndHarmPhrases},
 *       {@code PredicatedInsults}, {@code InsultsUsedOfSomeone}, {@code ViolenceCalls}, with {@code InsultWords},
 *       {@code QuotedOrReported} and {@code SentenceTags} shared among them.</li>
 *   <li><b>lexicon</b> ({@code Lexicon}, {@code lexicon.txt}): the insult words by word class (insult, accusation,
 *       thing and dehumanising nouns; insult and judging adjectives; violence verbs; person and idea nouns).</li>
 *   <li><b>person word</b> ({@code PersonWords}): a word that names people, by the lexicon's person nouns or by
 *       its form ("buyers", "lobbyist"); a subject made of one is a person, whatever the lexicon lists.</li>
 *   <li><b>keyword string</b> ({@code Telegraphic}): words with no function word among them ("school phones ban
 *       rant"); a fragment, whatever verb the tagger reads into it.</li>
 *   <li><b>mention</b>: a listed word quoted or reported in order to condemn it ("calling them vermin is
 *       shameful"); not a use, so not abuse.</li>
 *   <li><b>evidence</b>: the words or pattern that decided a verdict ({@code moderate --explain}).</li>
 *   <li><b>evaluation set</b> ({@link news.dateline.comment.check.Evaluation}): comments labelled by hand with
 *       {@code publish} or the rule they break; {@code moderate --eval} and the word-list page measure the checks
 *       on one. The tuning sets ({@code tuning.tsv}, {@code tuning-2.tsv}, {@code tuning-3.tsv}, {@code tuning-4.tsv}) are tuned on; a frozen set is for
 *       measuring only, never for tuning.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("check")
package news.dateline.comment.check;
