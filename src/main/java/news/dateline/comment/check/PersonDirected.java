package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds language aimed at people rather than at ideas, for {@link AbuseCheck} and {@link PersonalCheck}: an insult or
 * dehumanising word predicated of any person or group ("Lavrov is a stupid idiot", "those people are parasites",
 * "anyone who defends him is a worthless piece of garbage"), insults of readers in general ("only a moron would…"),
 * imperatives aimed at people ("shut your mouth", "stop posting"), and violent or eliminationist language ("should
 * be shot", "line them up against a wall"). It reads sentence structure: a subject, a copula ("is", "are", "must
 * be"), then the predicate; the subject decides whether the words are about a person ("the governor", "you", a
 * name the part-of-speech tagger reads as a proper noun, "anyone who …") or about an idea ("the plan is stupid").
 * A word quoted or reported in order to condemn it ("calling them vermin is shameful") is a mention, not a use
 * ({@link #mentioned}).
 * <p>
 * Each finding names the rule: attacks on "you", the author or a commenter, and imperatives at them, are
 * {@link Rule#PERSONAL}; the rest {@link Rule#ABUSIVE}. The two checks ask for the same comment one after the
 * other, so the last comment's findings are kept per thread.
 */
final class PersonDirected {

    /** One thing found: the rule it breaks, how surely (0 to 1), and the words, for {@code moderate --explain}. */
    record Finding(Rule rule, double score, String evidence) {
    }

    private static final Lexicon LEXICON = Lexicon.get();
    private static final Set<String> NOUNS = LEXICON.allNouns();
    private static final Set<String> ADJECTIVES = LEXICON.allAdjectives();
    private static final int LONGEST_ENTRY = NOUNS.stream().mapToInt(n -> n.split(" ").length).max().orElse(1);

    // nouns that also fit things ("the trains are garbage", "this poll is a fraud"): only when said of a person
    private static final Set<String> THING_CAPABLE = LEXICON.thingCapable();
    // nouns whose every use is an insult of someone ("moron"): they count wherever they name a person
    private static final Set<String> INSULT_NOUNS = LEXICON.insultNouns();

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "s", "re", "r", "be", "been", "being",
            "am", "m", "remains", "remain", "seems", "seem", "became", "become", "becomes");
    private static final Set<String> NEGATIVE_BE = Set.of("isn", "aren", "wasn", "weren");
    // between the copula and the insult: "is obviously too", "are a bunch of", "is the biggest"
    private static final Set<String> FILLERS = Set.of("a", "an", "the", "so", "such", "too", "really", "truly", "obviously", "clearly", "genuinely", "just", "nothing", "but", "only", "still", "always", "total", "complete", "completely", "absolute", "absolutely", "utter", "utterly", "bloody", "fucking", "fking", "effing", "bunch", "pack", "lot", "load", "band", "gang", "herd", "of", "little", "big", "old", "real", "proper", "right", "certified", "biggest", "greatest", "worst", "most", "very", "quite", "pretty", "frankly", "simply", "more", "than", "like", "all", "both", "either", "another", "some", "kind", "sort", "type", "one", "bit", "this", "dumbest", "stupidest", "as", "thick");
    private static final Set<String> STOP = Set.of("for", "to", "by", "with", "in", "on", "about", "that", "who",
            "which", "and", "or", "not", "no", "never", "if", "when", "because", "what", "how", "from", "at");

    private static final Set<String> SECOND_PERSON = Set.of("you", "u", "ya", "yourself", "yourselves", "thou");
    private static final Set<String> AUTHORS = Set.of("author", "authors", "writer", "journalist", "journalists", "intern",
            "reporter", "reporters", "editor", "editors", "columnist", "correspondent", "commenter", "commenters",
            "commentator", "poster", "op", "blogger", "hack", "scribe");
    // subjects that are ideas or things: "the plan is stupid", "this is rubbish", "it is a fraud"
    private static final Set<String> IDEAS = LEXICON.ideaNouns();

    // words after an insult that address the person rather than make a compound ("a muppet mate")
    private static final Set<String> VOCATIVE = Set.of("mate", "bro", "dude", "pal", "buddy", "lol", "lmao", "sir",
            "madam", "innit", "sunshine", "son", "boy", "ji", "bhai", "yaar", "haha");
    // an insult that closes a sentence after a comma addresses someone: "Get a life, loser." "Keep crying, snowflake."
    // Not after a negation: ", no joke" is an idiom, not a name for anyone.
    private static final Pattern CLOSING_VOCATIVE = Pattern.compile(
            ",\\s*(?:you\\s+)?(?:(?!(?:no|not|nae)\\s)[\\p{L}'’-]+\\s+)?([\\p{L}\\p{N}*@$!]+)\\s*$");
    private static final Set<String> REPORTING_VERBS = Set.of("calling", "describing", "labelling", "labeling",
            "branding", "comparing", "dismissing", "saying", "writing", "tweeting", "suggesting", "implying", "said",
            "says", "claimed", "claims", "joked", "admitted", "told", "insisted");
    // punctuation that ends a sentence is followed by a space or the end: "l!@r" and "c.l.o.w.n" are words
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:\\n]+(?=\\s|$)|\\n|\\s[-–—]\\s");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,80})\"|“([^”]{1,80})”|‘([^’]{1,80})’");
    // a word reported or named in order to discuss it, not used: "describing migrants as …", "the word …"
    private static final Pattern REPORTING = Pattern.compile(" (?:call|calls|called|calling|describe|describes|"
            + "described|describing|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding|"
            + "term|terms|termed|word|words|slur|slurs|epithet|epithets|phrase|refer to|referred to|referring to|"
            + "referring|dismissed as|dismissing) (?:\\S+ ){0,3}$");
    private static final Pattern CONDEMNATION = Pattern.compile("(?i)\\b(?:shameful|disgrace\\w*|disgust\\w*|"
            + "appall\\w*|unacceptable|racist|racism|hateful|hate speech|dehumani[sz]\\w*|outrage\\w*|shock\\w*|"
            + "condemn\\w*|offensive|slurs?|apologi[sz]e\\w*|inexcusable|wrong|vile|bigot\\w*|sicken\\w*|"
            + "should not|shouldn't|must not|never|no place|stop|insult\\w*|ugly|dangerous|poison\\w*|inflam\\w*|"
            + "xenophob\\w*|not okay|not ok|irresponsible|ashamed|deplor\\w*|language|rhetoric)\\b");

    /** A phrase rule; {@code needsInsult}: it names an insult word, so a sentence without one can skip it. */
    private record Rx(Rule rule, double score, String what, Pattern pattern, boolean needsInsult) {
        Rx(Rule rule, double score, String what, String regex) {
            this(rule, score, what, Pattern.compile(regex), regex.contains(NOUN) || regex.contains(ADJ)
                    || regex.contains(PERSON_NOUN) || regex.contains(PURE_INSULT));
        }
    }

    private static final String NOUN = "(?:" + String.join("|", NOUNS.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:s|es)?";
    private static final String ADJ = "(?:" + String.join("|", ADJECTIVES.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final String MOD = "(?: (?!(?:for|to|by|with|in|on|about|that|who|which|and|or|not) )\\S+){0,3}";
    private static final String YOU = "(?:you|u|ya)";
    // the author, named every way a reader does: "the author", "whoever wrote this", "the person who wrote this"
    private static final String AUTHOR_SUBJECT = "(?:the |this |that |our |your )?(?:so called )?(?:"
            + String.join("|", AUTHORS) + ")|whoever (?:wrote|edited|published|approved|commissioned|subbed) "
            + "(?:this|that|it)(?: \\S+)?|whoever (?:let|lets|hired|allowed) (?:this|that|the) \\S+(?: \\S+){0,4}"
            + "|(?:the )?(?:person|guy|man|"
            + "woman|idiot|clown) who wrote (?:this|that|it)(?: \\S+)?";
    // insults that only fit people, for the phrases below ("this clown", "idiots like you")
    private static final String PERSON_NOUN = "(?:" + String.join("|", NOUNS.stream()
            .filter(n -> !THING_CAPABLE.contains(n)).sorted((a, b) -> b.length() - a.length()).toList())
            + ")(?:s|es)?";
    // insults that are never a plain description ("the crooks who ran the scheme were jailed" is news)
    private static final String PURE_INSULT = "(?:" + String.join("|", INSULT_NOUNS.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:s|es)?";

    // words that belittle whoever they are said of, though they are no insult alone: "you sad little man"
    // words after an insult in "what a … you are" that are not an idea ("what a stupid policy, you are right")
    private static final String NOT_AN_IDEA = "(?: (?!(?:" + String.join("|", LEXICON.ideaNouns()) + ")s? )\\S+)";
    private static final Set<String> BELITTLING_WORDS = Set.of("sad", "miserable", "bitter", "pimply", "fake",
            "pathetic", "spoilt", "spoiled", "nasty", "silly", "ignorant", "clueless", "jealous", "cringe", "cringey",
            "wee", "whiny", "whingeing", "whinging", "smug", "snotty", "pompous", "wicked", "horrible", "vile", "evil",
            "disgusting", "despicable", "jumped");
    private static final String BELITTLING = "(?:" + String.join("|", BELITTLING_WORDS) + ")";
    // "Stop lying, you fake activist, nobody …": "you" and a few words that name the reader, set off by commas
    private static final Pattern ADDRESSED_VOCATIVE = Pattern.compile("(?iu)(?:^|,)\\s*(?:you|ya|u)\\s+"
            + "((?:[\\p{L}'’*-]+\\s+){0,3}[\\p{L}'’*-]+)\\s*(?=[,.!?]|$)");

    private static final List<Rx> PHRASES = List.of(
            // exclamations at the reader: "what a spoilt city brat you are", "such a sad, bitter creature, aren't you"
            new Rx(Rule.PERSONAL, 0.9, "insult of \"you\"", " (?:what|such) (?:a|an) (?:\\S+ ){0,3}(?:" + NOUN + "|"
                    + ADJ + ")" + NOT_AN_IDEA + "{0,3} (?:(?:you|u) (?:are|re|r|must be|sound|seem|look)|(?:aren t|are|r)"
                    + " (?:you|u) $) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of \"you\"", " (?:what|such) (?:a|an) (?:\\S+ ){0,3}" + BELITTLING
                    + NOT_AN_IDEA + "{1,3} (?:(?:you|u) (?:are|re|r|must be|sound|seem|look)|(?:aren t|are|r) (?:you|u) $)"),

            // insults of readers in general
            new Rx(Rule.ABUSIVE, 0.9, "insult of whoever agrees",
                    " only (?:a|an|the|some|someone|somebody|people|those)" + MOD + " " + NOUN
                            + " (?:would|could|can|will|believes?|thinks?|falls?|swallows?|buys?|trusts?) "),
            new Rx(Rule.ABUSIVE, 0.9, "insult of whoever agrees",
                    " only (?:someone|somebody|people|a person) (?:as|so) " + ADJ + " "),
            new Rx(Rule.ABUSIVE, 0.9, "insult of whoever agrees", " (?:you|u) (?:have|need|d have) to be (?:a |an )?"
                    + "(?:\\S+ ){0,2}(?:" + NOUN + "|" + ADJ + ") to "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter",
                    " (?:as|so) " + ADJ + " as (?:you|u) "),
            // vocatives and exclamations: "you idiot", "what a moron", "bunch of clowns"
            new Rx(Rule.PERSONAL, 0.9, "insult of \"you\"", " " + YOU + "(?: (?:absolute|complete|total|utter|"
                    + "bloody|fucking|fking|stupid|little|pathetic|dumb|silly|ignorant|brainless|lying|sad|old))* "
                    + NOUN + " "),
            new Rx(Rule.ABUSIVE, 0.9, "insult", " (?:what|such) (?:a|an)(?: \\S+){0,2} (?!(?:"
                    + String.join("|", THING_CAPABLE) + ")s? )" + NOUN + " "),
            new Rx(Rule.PERSONAL, 0.9, "insult of the author", " (?:what|such) (?:a|an)(?: \\S+){0,2} " + ADJ
                    + " (?:" + String.join("|", AUTHORS) + ") "),
            new Rx(Rule.ABUSIVE, 0.9, "insult of a group", " (?:bunch|pack|load|band|gang|herd|nest) of(?: \\S+){0,2} "
                    + "(?!(?:garbage|rubbish|trash|lies|nonsense)s? )" + NOUN + " "),
            new Rx(Rule.ABUSIVE, 0.9, "insult of a person", " (?:this|that|these|those)(?: \\S+)? " + PERSON_NOUN
                    + " (?!(?:of|in|on) (?:a|an|the|this|that) (?:policy|plan|bill|budget|article|piece) )"),
            new Rx(Rule.ABUSIVE, 0.9, "insult", " (?:the )?(?:dumbest|stupidest|thickest|most stupid|most ignorant|"
                    + "biggest idiot|biggest moron) (?:person|man|woman|guy|commenter|poster|people|bloke|human) "),
            new Rx(Rule.ABUSIVE, 0.9, "insult of a group", " (?:full of|run by|ruled by|led by|governed by|the) "
                    + "(?:\\S+ )?" + PURE_INSULT + " (?:in|at|running|who|on|of) "),
            new Rx(Rule.ABUSIVE, 0.9, "insult of whoever agrees", "^ (?:only )?(?:\\S+ )?" + PURE_INSULT
                    + " (?:will|would|always|still|keep|like|who|believe|think|vote|voted) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter", " " + NOUN + " like (?:you|u|yourself) "
                    + "| how (?:stupid|thick|dumb|dim|ignorant|clueless|naive|deluded|blind|gullible) (?:are|can|could"
                    + "|is|must) (?:you|u|one|someone|a person) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:two|2|three|few|single|one) brain cells? "
                    + "| pea brain\\S* | iq of | room temperature iq | smooth brain\\S* | tiny brain "),
            new Rx(Rule.PERSONAL, 0.9, "attack on the author", " (?:" + String.join("|", AUTHORS) + ") (?:is|are|was"
                    + "|s) (?:\\S+ )?(?:paid|bought|on the payroll|in the pocket|a paid|a bought) "
                    + "| paid (?:shill|stooge|agent|troll|propagandist|mouthpiece|hack|lackey|bootlicker)s? "
                    + "| who paid (?:you|u|him|her|the author|this \\S+) "),
            new Rx(Rule.PERSONAL, 0.6, "attack on the author", " (?:" + String.join("|", AUTHORS) + "|whoever wrote "
                    + "this|who wrote this) (?:\\S+ )?(?:should be sacked|should be fired|needs to be sacked|"
                    + "can t write|cannot write|writes like a child|has no idea|knows nothing|has never|did not "
                    + "bother|couldn t|should retire|should go back to school|needs to go back to school) "),
            new Rx(Rule.PERSONAL, 0.9, "doxxing", " (?:his|her|their|your) real name is | (?:his|her|their|your|\\S+ s) "
                    + "(?:kids|children|son|daughter|wife|husband) (?:go|goes|attend|attends|study|studies|works|work)"
                    + " (?:to|at|in) "
                    + "| (?:his|her|their|your|(?:" + String.join("|", AUTHORS) + ") s) (?:home |personal |private |"
                    + "real |work )?(?:address|phone number|mobile number|number|email|e mail|instagram|twitter|"
                    + "facebook|linkedin|handle|x account|account)s? (?:is|are) "
                    + "| (?:his|her|their|(?:" + String.join("|", AUTHORS) + ") s) (?:house|flat|home) is (?:the one|"
                    + "the \\S+ one|on|at|in|near|next|behind|opposite) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of the author or \"you\"", " (?:" + AUTHOR_SUBJECT + "|you|u) (?:is|was|"
                    + "s|are|re|r) (?:clearly |obviously |just |nothing but )?(?:a|an|such a) (?:\\S+ )?" + BELITTLING
                    + " "),
            new Rx(Rule.PERSONAL, 0.9, "attack on the author", " (?:" + AUTHOR_SUBJECT + ") (?:\\S+ ){0,5}(?:should|"
                    + "must|needs? to|ought to|deserves? to) (?:be )?(?:fired|sacked|ashamed|banned|struck off|retire|"
                    + "resign|quit|stop writing|find another job|get another job|go back to school|be sent back) "
                    + "| (?:" + AUTHOR_SUBJECT + ") (?:\\S+ ){0,2}(?:was|is|must have been|must be) (?:clearly |obviously )?"
                    + "(?:drunk|high|stoned|asleep|on drugs|off (?:his|her|their) meds|paid off|bribed) "),
            new Rx(Rule.PERSONAL, 0.6, "attack on the author", " (?:" + AUTHOR_SUBJECT + ") (?:\\S+ ){0,2}(?:has|have)"
                    + " no (?:clue|shame|integrity|credibility|business|talent) "
                    + "| (?:" + AUTHOR_SUBJECT + ") (?:clearly |obviously )?(?:can t|cannot|couldn t) (?:write|read|think|"
                    + "spell|count) "),
            new Rx(Rule.PERSONAL, 0.9, "attack on a commenter", " (?:you|u) (?:clearly |obviously |really )?(?:wouldn t|"
                    + "would not|couldn t|could not) (?:know|recognise|recognize|spot) (?:a|an|the) "
                    + "| (?:you|u) (?:need|should|ought to|must) (?:to )?(?:go |really )?(?:get|see|seek) (?:some )?"
                    + "(?:help|a doctor|a psychiatrist|therapy|a life|an education|a job|a brain|your head checked) "
                    + "| (?:are|r) (?:you|u) (?:even |actually |really )?(?:literate|capable of|able to read|"
                    + "that (?:stupid|thick|dumb|dim|slow|naive)|mentally) "
                    + "| (?:call|ring|email|write to) (?:his|her|their) (?:boss|employer|manager|office|wife|husband|"
                    + "parents|family) "),
            new Rx(Rule.PERSONAL, 0.6, "attack on a commenter", " (?:you|u) (?:clearly |obviously |really )?"
                    + "(?:know|understand) (?:nothing|zero|absolutely nothing) | (?:you|u) (?:are|re|r) the reason "
                    + "| (?:you|u) (?:should|must) be (?:ashamed|embarrassed) "
                    + "| (?:did|do|have) (?:you|u) (?:even|actually|ever) (?:read|check|bother|think|open) "
                    + "| (?:his|her|their) (?:facebook|instagram|linkedin|twitter|home address|phone number) "),
            new Rx(Rule.PERSONAL, 0.6, "typecasting a commenter", " (?:your|ur) (?:lot|sort|type|kind|ilk) "
                    + "| (?:you|u) and (?:your|ur) (?:ilk|kind|lot|sort|type) | the likes of (?:you|u) "
                    + "| (?:you|u) (?:write|argue|talk|think|comment) like a (?:child|toddler|baby|idiot|moron) "),
            new Rx(Rule.PERSONAL, 0.6, "taunt at a commenter", " (?:can|do|did) (?:you|u) (?:even|actually) "
                    + "(?:read|think|count|understand) | (?:you|u) (?:clearly |obviously )?(?:can t|cannot|cant) "
                    + "(?:even )?read | nobody cares | no one cares | who asked | nobody asked (?:you|u) "
                    + "| no one asked (?:you|u) | cope (?:and|harder) | seethe | stay mad | ok boomer "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:you|u) (?:\\S+ ){0,2}(?:have|has|got|with) "
                    + "(?:the )?(?:brains?|intelligence|iq|memory|attention span|wit|wits|reading skills|grasp of \\S+)"
                    + " of (?:a|an) (?:\\S+ )?(?:goldfish|potato|turnip|rock|brick|toddler|child|gnat|plank|sheep|"
                    + "donkey|peanut|amoeba|cabbage|walnut|doorknob|fence post|houseplant|lettuce|squirrel|slug) "
                    + "| (?:you|u) (?:couldn t|could not|can t|cannot) (?:find|organise|organize|run|spell|count|"
                    + "argue|think) (?:your way out of|a piss up|your way|your own|to ten|past) "
                    + "| (?:are|r) (?:you|u) (?:really |actually |genuinely |seriously |just |always )?(?:this |that |so )?"
                    + "(?:dense|thick|stupid|dumb|dim|slow|naive|gullible|clueless|ignorant|deluded|brainwashed) "
                    + "| (?:crawl|slither|scuttle|go) back (?:under|into|to) (?:your|ur|whatever|the) (?:\\S+ )?(?:rock|"
                    + "hole|cave|basement|bridge|sewer|swamp|gutter|pit) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:your|ur) (?:sheer |utter |breathtaking |"
                    + "staggering |total |complete )?(?:ignorance|stupidity|idiocy|arrogance|incompetence|hypocrisy|"
                    + "dishonesty|cluelessness|gullibility|bigotry|lack of (?:intelligence|understanding|knowledge|"
                    + "education|brains?|common sense)) "
                    + "| (?:are|r) (?:you|u) (?:\\S+ )?(?:twelve|12|ten|10|five|5|a child|a toddler|a kid|in primary "
                    + "school) "
                    + "| (?:embarrass|embarrassing|embarrassed) (?:yourself|yourselves) | out of (?:your|ur) depth "
                    + "| education (?:is|was) (?:\\S+ )?wasted on | as (?:\\S+ ){1,2}as (?:your|ur) (?:grasp|"
                    + "understanding|knowledge|spelling|grammar|english|brain|iq|intellect) "
                    + "| (?:you|u)(?: \\S+){0,2} (?:are|re|r) the reason "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a person", " (?:brains?|intelligence|iq|attention span|wits|"
                    + "common sense|reading age|mental age|emotional range) of (?:a|an) (?:\\S+ )?(?!(?:genius|"
                    + "scientist|professor|surgeon|saint|lion|elephant)\\b)\\S+ "
                    + "| should (?:go back to|be sent back to|return to|have stayed (?:at|in)) (?:\\S+ )?(?:school|"
                    + "college|university|kindergarten|nursery|primary school|journalism school|law school) "),
            new Rx(Rule.PERSONAL, 0.9, "imperative at a person", " do (?:us|everyone|the world|the rest of us|"
                    + "yourself) (?:all )?a (?:favour|favor) and (?:\\S+ )?(?:stop|leave|shut|log off|go|quit|"
                    + "disappear|delete|keep quiet|stay quiet|get lost|never) "
                    + "| (?:nobody|no one|noone) (?:here |on here |in this thread )?(?:wants|needs|asked) (?:to hear )?"
                    + "(?:your|ur|you|from you) "
                    + "| take your (?:\\S+ ){0,2}(?:elsewhere|somewhere else|back to) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:is|are) (?:clearly |obviously |way |well |"
                    + "completely |simply )?(?:beyond|above) (?:you|u|your (?:pay grade|understanding|comprehension)) "
                    + "| (?:you|u) (?:are|re|r) (?:easily |clearly |officially |truly |actually |literally |honestly |"
                    + "probably |genuinely )?the (?:worst|dumbest|stupidest|thickest|dimmest|dullest|slowest|laziest|"
                    + "saddest|most (?:ignorant|clueless|deluded|stupid|pathetic|annoying|boring|useless)|biggest "
                    + "(?:idiot|fool|moron|clown|joke|troll)) "
                    + "| imagine being (?:you|u|this (?:stupid|thick|dumb|clueless)) "
                    + "| with (?:your|ur) eyes (?:closed|shut) | finish (?:primary |high |secondary )?school before "
                    + "| (?:you|u) (?:really |actually |honestly |genuinely )?(?:believe|swallow|fall for) "
                    + "(?:everything|anything) (?:you|u|they|he|she) "
                    + "| (?:calling|calls) (?:himself|herself|themselves) (?:\\S+ ){1,3}is (?:really |actually )?"
                    + "| (?:whoever (?:wrote|edited) (?:this|that|it)|you|u|someone with (?:your|ur|those) views|"
                    + "people like (?:you|u|him|her)) (?:\\S+ ){0,2}(?:should|shouldn t|must|mustn t) (?:never |not )?be "
                    + "allowed (?:anywhere )?near (?:a|an|the) "),
            // imperatives aimed at people
            new Rx(Rule.PERSONAL, 0.9, "imperative at a person", "^ (?:(?:\\S+ ){0,3})?(?:shut (?:up|your \\S+|it|the "
                    + "fuck up)|stop (?:writing|talking)(?= $| rubbish | nonsense | garbage | drivel | crap | out of )|"
                    + "stop (?:posting|commenting|trolling|spamming|typing|whining|crying|"
                    + "embarrassing)|get lost|piss off|bugger off|sod off|naff off|get out|go away|go to hell|"
                    + "crawl back|go back to your|log off|get a life|get a brain|grow a brain|grow up|get an "
                    + "education|go and get an education|go get an education|touch (?:some )?grass|read a book|"
                    + "learn to read|learn to spell|educate yourself|cry harder|keep your \\S+ (?:\\S+ )?to yourself|"
                    + "nobody asked|no one asked|nobody cares what (?:you|u)|no one cares what (?:you|u)|"
                    + "stick to (?:writing about \\S+|cooking|knitting|gardening|colouring|"
                    + "sport|recipes|your day job|the day job|tiktok)|quit (?:your job|writing|posting)|jog on|"
                    + "do one|wind your neck in|button it|pipe down|zip it|go cry|go and cry|go die|drop dead|"
                    + "get off (?:this|the|my) (?:site|thread|comments?|page)|go back to school|crawl back under|"
                    + "(?:go|move|piss off) (?:back )?to pakistan|(?:go |and )*(?:take your (?:meds|pills|medication)|"
                    + "get (?:a|an) (?:proper |real )?job|bother (?:somebody|someone|some one) else|go outside|"
                    + "get off the internet|learn (?:some |basic )?english|kys|go back to (?:primary |high |secondary |"
                    + "nursery |infant )?school)) "),
            new Rx(Rule.PERSONAL, 0.9, "imperative at a person", " (?:so|and|now|just|then) (?:just |please )?(?:"
                    + "shut (?:up|your \\S+|it)|pipe down|sit down|wind your neck in|do one|jog on|get lost|piss off|"
                    + "bugger off|sod off|go away|log off|grow up|stop (?:posting|commenting|trolling|typing|whining)|"
                    + "keep quiet|be quiet|button it|zip it) "),
            new Rx(Rule.PERSONAL, 0.9, "telling someone to die", " (?:kill|neck|top|end|hang) (?:yo)?urself "
                    + "| (?:go|just) (?:and )?die | drop dead | hurry up and die "),
            new Rx(Rule.ABUSIVE, 0.9, "send them back", " (?:should|must|can|need to|ought to) (?:all )?(?:just )?"
                    + "go back (?:to )?where (?:they|he|she|you|u) (?:came|come) from "
                    + "| (?:they|them|he|she|\\S+ers|\\S+ians|\\S+ists|foreigners|immigrants|migrants|refugees) "
                    + "(?:\\S+ )?(?:should|must|need to|ought to) (?:all )?be (?:sent|shipped|packed off|kicked out|"
                    + "thrown out|chased out|driven out|deported) "),
            new Rx(Rule.ABUSIVE, 0.9, "wishing harm on someone", " (?:deserves?|should|must|ought to) (?:to )?(?:have|"
                    + "get) (?:their|his|her) (?:\\S+ ){1,2}(?:torched|burned|burnt|smashed|bombed|destroyed|burned down|"
                    + "burnt down) "
                    + "|(?<! i| we| you| u| d| ll) (?:wants|needs|deserves|deserve|want|need) (?:a bullet|a beating|"
                    + "a slap|a kicking|a good hiding|to starve|to rot|to suffer|to die) "),
            new Rx(Rule.PERSONAL, 0.9, "imperative at a person", " (?:you|u) (?:should|need to|must|ought to|"
                    + "better|d better) (?:just |really )?(?:stop (?:writing|posting|commenting|talking|embarrassing)|"
                    + "shut up|retire|quit|go away|leave|log off|get lost) "),
            // violence and elimination
            new Rx(Rule.ABUSIVE, 1.0, "call to violence", " (?:should|must|ought to|need to|needs to|deserves? to|"
                    + "ll|will) (?:all )?be (?:shot|hanged|hung|killed|executed|put down|lynched|gassed|"
                    + "exterminated|wiped out|eradicated|strung up|beaten|burned|burnt|drowned|stoned|castrated|"
                    + "put against a wall|put up against a wall|put to death) "),
            new Rx(Rule.ABUSIVE, 1.0, "call to violence", " (?:somebody|someone|some one|they|we|you|u) (?:should|"
                    + "ought to|needs? to|must|could) (?:just )?(?:put|stick) a (?:knife|blade|bullet) in "
                    + "| (?:somebody|someone|some one|they|we) (?:should|ought to|needs? to|must) (?:just )?(?:pour "
                    + "(?:petrol|gasoline|acid|paraffin) (?:on|over)|set fire to|torch) "
                    + "| (?:put|throw|push) (?:him|her|them|\\S+ \\S+(?: \\S+)?) under the wheels "
                    + "| deserves? to (?:choke|starve|rot|burn|drown|suffer|die|hang) "),
            new Rx(Rule.ABUSIVE, 1.0, "call to violence", " (?:put|puts|putting) a bullet (?:in|into|through) "
                    + "| (?:hang|shoot|lynch|gas|execute|exterminate|eradicate|cull|slaughter|massacre|behead|stab|"
                    + "torch|nuke|bomb) (?:every|all|them|those|these|the lot|him|her|that|this|em|the (?!"
                    + "(?:breeze|messenger|idea|bill|budget|deal|plan|proposal)))"
                    + "| line (?:them|em|him|her|the lot|all of them|those|these)(?: \\S+)? up "
                    + "| (?:up )?against (?:a|the) wall | burn down (?:their|his|her|the|every|all) "
                    + "| burn (?:them|him|her|the lot) | sink (?:the|their|those|these) boats "
                    + "| death to | on sight | take (?:him|her|them|that \\S+|the \\S+|this \\S+) out "
                    + "(?:permanently|for good|for ever|forever) | wipe (?:them|those|these|the lot) (?:all )?out "
                    + "| (?:kill|murder) (?:them|all|every|those|these|him|her) (?!for )"
                    + "| (?:needs?|deserves?|gets?) a bullet | firing squad | (?:the )?gallows | a noose "
                    + "| from (?:a|the) lamp ?posts? | string (?:him|her|them|em) up | strung up "
                    + "| put (?:him|her|them|em) down(?: like)? | like (?:rabid )?dogs "
                    + "| (?:do not|don t|dont|doesn t|does not) deserve to (?:live|breathe|exist) "
                    + "| (?:world|country|planet) (?:would be|is|will be) better (?:off )?without (?:him|her|them|these|"
                    + "those|people like) | better off dead | let (?:them|em) (?:all )?(?:drown|die|starve|burn|rot) "
                    + "| wipe (?:them|\\S+) off the (?:map|face) | final solution "
                    + "| (?:rid|cleanse|purge) (?:the|this|our) (?:country|nation|city|state|land) of "
                    + "| every last one of (?:them|those|these) | breed like (?:rats|rabbits|cockroaches|flies) "
                    + "| nuke (?:them|the lot|\\S+ off) "
                    + "| (?:throw|hurl|chuck|lob) (?:bottles|stones|bricks|rocks|acid|coins|petrol bombs|molotovs) at "
                    + "| give (?:him|her|them|em|that \\S+|the \\S+|these \\S+|those \\S+) (?:a )?(?:good |proper |"
                    + "real |sound )?(?:beating|thrashing|kicking|hiding|battering|pasting) "
                    + "| (?:deserves?|needs?|earned|get|gets) (?:the |a )?(?:guillotine|gallows|noose|rope|electric chair|"
                    + "lamppost|lamp post|firing squad|bullet) "
                    + "| (?:have|get|got|has) (?:his|her|their|your|ur) (?:\\S+ )?(?:legs|arms|neck|bones|jaw|face|teeth|"
                    + "skull|head|knees|kneecaps|fingers|hands) (?:broken|smashed|snapped|kicked in|caved in|bashed in|"
                    + "cut off|chopped off) "),
            new Rx(Rule.ABUSIVE, 1.0, "threat of violence", " (?:break|smash|snap|bash|punch|slap|stab|strangle|choke|"
                    + "batter|kneecap|deck|thump|knock|cave) (?:in )?(?:your|his|her|their|ur|you|him|them|u)"
                    + "(?: \\S+)? (?:legs?|neck|face|jaw|nose|bones|teeth|skull|head|in|out|up|senseless|silly) "
                    + "| (?:meet|see|catch) (?:you|him|her|them|u) (?:outside|in a dark alley|after the match|alone) "
                    + "| dark alley | (?:you|he|she|they) (?:ll|will) get what s coming | teach (?:him|her|them|you|u) "
                    + "a lesson | (?:found|got|have|know) (?:your|his|her|their) (?:home )?address "
                    + "| pay (?:you|him|her|them|u) a visit | (?:you|u) (?:won t|will not|wont) be so brave "
                    + "| watch yourself | (?:i ll|ill|i will|we ll|we will) (?:find|get|hurt|end|ruin|destroy|"
                    + "come for|come after|sort|deal with) (?:you|u|him|her|them|your) "),
            new Rx(Rule.ABUSIVE, 1.0, "wishing someone dead", " (?:hope|wish|pray|praying|hoping) (?:that )?(?!i |"
                    + "we )(?:\\S+ ){1,4}(?:dies|die|dead|gets? (?:killed|shot|hurt|cancer|run over)|rots?|drowns?|"
                    + "croaks?|chokes?|burns?) "
                    + "| (?:hope|wish|pray|praying|hoping) (?:that )?(?!i |we )(?:\\S+ ){1,6}gets? what s coming "
                    + "| (?:hope|wish|pray|praying|hoping) (?:that )?(?!i |we )(?:\\S+ ){1,6}(?:broken (?:leg|neck|back|"
                    + "jaw|arm)|breaks? (?:his|her|their) (?:leg|neck|back|jaw)|gets? (?:injured|hurt|beaten|attacked)|"
                    + "ends? up in (?:hospital|a wheelchair|a coffin|intensive care)|car crash|plane crash|crashes) "),
            new Rx(Rule.ABUSIVE, 1.0, "veiled threat", " (?:shame|pity) if (?:something|anything) (?:were to |was to )?"
                    + "happen | careful walking | watch (?:your|his|her|their) back | know where (?:\\S+ ){1,3}"
                    + "(?:lives?|works?|stays?|sleeps?|kids|children|family) | (?:something|accidents?) (?:could|might|"
                    + "will|may)? ?happens? to (?:him|her|them|you|your|his|their) | days are numbered "
                    + "| has kids and | have kids and | (?:shame|pity) if (?:it|they|he|she|you|your|his|her|that|the) (?:\\S+ )"
                    + "{0,5}(?:burned|burnt|got hurt|disappeared|went missing|caught fire|burned down|burnt down|brakes? fail\\S*|"
                    + "crashed|had an accident) "
                    + "| accidents? (?:happen|for less) | (?:we|i) (?:know|found) where (?:you|u|he|she|they) "
                    + "| (?:we|i) (?:are|am|m|re) watching (?:you|u|him|her) | sleep with one eye open "
                    + "| (?:we|i) know (?:which|what) (?:hotel|house|school|car|flat|street|room|gym|office|route) "
                    + "| (?:do|did) to (?:\\S+ ){1,3}what (?:they|he|she|someone|somebody|we) did to "
                    + "| remember what happened to (?:jo cox|david amess|\\S+ \\S+) "
                    + "| put (?:him|her|them|the \\S+(?: \\S+)?) out of (?:his|her|their) misery "
                    + "| if anyone (?:fancies|wants|feels like) (?:a chat|a word|to have a word|to pay|to visit|to say "
                    + "hello|to tell) "
                    + "| won t see it coming | (?:count|counting) (?:your|his|her) days "
                    + "| if i were (?:you|him|her) i d (?:watch|be careful) | watch my back if i were (?:you|u) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of \"you\"", " (?:you|u) (?:re|are|r|sound like|look like|seem like|"
                    + "must be) (?:such )?(?:a|an) (?:\\S+ )?(?:sad|pathetic|bitter|lonely|angry|miserable|nasty|horrible|"
                    + "vile|small|stupid|ignorant|dumb|thick|deluded|brainwashed|clueless|" + BELITTLING.substring(3)
                    + "(?: (?:little|old|wee))? (?:man|woman|person|boy|girl|creature|troll|individual|fool|child|kid|"
                    + "specimen) "),
            new Rx(Rule.ABUSIVE, 0.6, "send them back", " send (?:them|all|every|the lot|those|these)(?: \\S+){0,3} "
                    + "back | (?:deport|expel) (?:them|all|every|the lot|those|these) "),
            new Rx(Rule.PERSONAL, 0.9, "insult of a commenter's mind", " (?:your|ur) (?:little|small|tiny|wee|pea|"
                    + "peanut|feeble|puny|smooth|two|one|single|limited) (?:\\S+ )?(?:brain|brains|brain cells?|mind|"
                    + "skull) | (?:your|ur) (?:brain|head|skull|mind) (?:\\S+ ){0,2}(?:is|are|must be|must have been|was)"
                    + " (?:\\S+ ){0,2}(?:smaller|emptier|thicker|made of|full of|the size of|mush|empty|hollow|fried) "),
            new Rx(Rule.PERSONAL, 0.6, "attack on a commenter", " (?:your|ur) (?:brain|head|iq|mother|mum|mom|kids|"
                    + "children|english|comments?|opinions?|posts?) (?:\\S+ ){0,2}(?:is|are|must|was|so|as) "
                    + "(?:\\S+ ){0,3}(?:stupid|thick|small|size of|embarrass\\w*|bad|dumb|low|pea|empty|ashamed) "
                    + "| (?:needs?|get) (?:your|ur|their|his|her) heads? examined"
                    + "| so called (?:" + String.join("|", AUTHORS) + ") "
                    + "| (?:lives|stays|resides|living|staying) (?:in|at|on) (?:\\S+ ){1,4}(?:flat|apartment|tower|"
                    + "towers|house|building|floor|block|bungalow|villa) "
                    + "| drop(?:ped)? (?:you|u) on (?:your|ur) head | (?:paid|bought) (?:you|u) to "
                    + "| (?:you|u) (?:are|re|r) (?:\\S+ )?(?:a|an|one of those) (?:\\S+ )?(?:paid|bot|troll|shill)"));

    // "nobody should be hanged", "no one deserves to die": the call is denied
    private static final Pattern DENIED = Pattern.compile(".* (?:nobody|no one|noone|no human|no person|no child|"
            + "no man|no woman|never)(?: \\S+)? $");

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(String text, List<Finding> findings) {
    }

    private final Models models;

    PersonDirected(Models models) {
        this.models = models;
    }

    /** Everything aimed at people in the text, strongest first within a rule; empty when nothing is. */
    List<Finding> find(String text) {
        Memo memo = LAST.get();
        if (memo != null && memo.text().equals(text)) {
            return memo.findings();
        }
        List<Finding> findings = analyse(text);
        LAST.set(new Memo(text, findings));
        return findings;
    }

    /** The strongest finding for this rule, or null. */
    Finding strongest(String text, Rule rule) {
        Finding best = null;
        for (Finding f : find(text)) {
            if (f.rule() == rule && (best == null || f.score() > best.score())) {
                best = f;
            }
        }
        return best;
    }

    private List<Finding> analyse(String text) {
        List<Finding> findings = new ArrayList<>();
        boolean condemning = condemns(text);
        Set<String> quoted = quotedWords(text);
        for (String sentence : SENTENCE_END.split(text)) {
            List<String> words = unmasked(NormalisedText.of(sentence).words());
            if (words.isEmpty()) {
                continue;
            }
            String padded = " " + String.join(" ", words) + " ";
            boolean insult = hasInsult(words);
            for (Rx rx : PHRASES) {
                if (rx.needsInsult() && !insult) {
                    continue;
                }
                Matcher m = rx.pattern().matcher(padded);
                if (m.find() && !mentioned(padded, m.start(), m.group(), quoted, condemning)
                        && !DENIED.matcher(padded.substring(0, m.start() + 1)).matches()) {
                    findings.add(new Finding(rx.rule(), rx.score(), rx.what() + " \"" + m.group().strip() + "\""));
                }
            }
            Tags tags = new Tags(sentence);
            if (insult) {
                int before = findings.size();
                predicates(tags, words, quoted, condemning, findings);
                if (findings.size() == before) {
                    referring(tags, words, padded, quoted, condemning, findings);
                }
                attributive(tags, words, padded, quoted, condemning, findings);
            }
            violence(tags, words, padded, quoted, condemning, findings);
            Matcher opening = OPENING_VOCATIVE.matcher(sentence.strip());
            if (opening.find()) {
                List<String> first = unmasked(NormalisedText.of(opening.group(2)).words());
                String noun = first.size() == 1 ? nounAt(first, 0) : null;
                if (noun != null && !quoted.contains(first.getFirst())
                        && (opening.group(1) != null || !THING_CAPABLE.contains(noun))) {
                    findings.add(new Finding(Rule.PERSONAL, 0.9, "insult addressing someone \""
                            + opening.group().strip() + "\""));
                }
            }
            Matcher addressed = ADDRESSED_VOCATIVE.matcher(sentence);
            while (addressed.find()) {
                List<String> named = unmasked(NormalisedText.of(addressed.group(1)).words());
                if (named.stream().anyMatch(w -> BELITTLING_WORDS.contains(w) || NOUNS.contains(w)
                        || NOUNS.contains(stem(w)) || ADJECTIVES.contains(w)) && quoted.stream().noneMatch(named::contains)) {
                    findings.add(new Finding(Rule.PERSONAL, 0.9, "insult addressing \"you\": \""
                            + addressed.group().replaceFirst("^\\s*,", "").strip() + "\""));
                    break;
                }
            }
            Matcher vocative = CLOSING_VOCATIVE.matcher(sentence.strip());
            if (vocative.find()) {
                List<String> last = unmasked(NormalisedText.of(vocative.group(1)).words());
                if (last.size() == 1 && nounAt(last, 0) != null && !quoted.contains(last.getFirst())) {
                    findings.add(new Finding(Rule.PERSONAL, 0.9, "insult addressing someone \"" + vocative.group()
                            .substring(1).strip() + "\""));
                }
            }
        }
        return List.copyOf(findings);
    }

    // "Listen, moron, …", "You clown, …": an insult opening a sentence before a comma addresses someone
    private static final Pattern OPENING_VOCATIVE = Pattern.compile("^[^\\p{L}]*(?:(?:listen|look|hey|oi|ok|okay|"
            + "right|well|mate|sorry|oh|yes|no|seriously|honestly)[\\s,!.]+)?(?i:(you)\\s+)?(?:(?:absolute|complete|"
            + "total|utter|little|stupid|bloody|pathetic|silly)\\s+)?([\\p{L}\\p{N}*@$!]+)\\s*,", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "neither", "nor", "isn",
            "aren", "wasn", "weren", "t", "hardly", "nobody s", "none");
    // between a negation and the noun it negates: "is not a complete idiot", "no such fool"
    private static final Set<String> NOUN_MODIFIERS = Set.of("a", "an", "the", "such", "total", "complete",
            "absolute", "utter", "big", "little", "old", "real", "proper", "bloody", "one", "s");
    // a word reported or named rather than used: "he called her an idiot", "stop calling people morons"
    private static final Set<String> REPORTED = Set.of("call", "calls", "called", "calling", "label", "labels",
            "labelled", "labeled", "labelling", "labeling", "brand", "branded", "branding", "dub", "dubbed",
            "describe", "described", "describing", "term", "termed", "word", "words", "slur", "insult", "insults",
            "name", "names", "accused", "accusing", "accuse", "dismissed", "dismissing");
    // words said of oneself: "I felt like an idiot", "made me look a fool", "we were fools to believe it"
    private static final Pattern SELF = Pattern.compile("(?:^| )(?:(?:i|we) (?:\\S+ )?(?:am|m|was|were|re|feel|felt|"
            + "look|looked|sound|sounded|be|been|seem|seemed|like)|me|myself|us|ourselves)(?: \\S+){0,3} $");
    // words before an insult noun that make it part of a name or a phrase: "knee-jerk", "April fool"
    private static final Set<String> NOT_AN_INSULT_BEFORE = Set.of("knee", "april", "holy", "mission", "door",
            "court", "village", "cattle", "dumb", "suffer", "suffers", "suffering", "gladly", "fool s");
    // nouns of contempt used of someone ("these idiots will ruin us", "voted for that clown") need no predicate

    /** An insult noun that only ever names a person with contempt, used of someone anywhere in the sentence. */
    private void referring(Tags sentence, List<String> words, String padded, Set<String> quoted, boolean condemning,
                           List<Finding> findings) {
        for (int k = 0; k < words.size(); k++) {
            String noun = nounAt(words, k);
            if (noun == null || !INSULT_NOUNS.contains(noun)) {
                continue;
            }
            int end = k + noun.split(" ").length;
            if (end < words.size() && (Set.of("s", "proof", "box", "savant", "savants").contains(words.get(end))
                    || compound(sentence, words.get(end)))) {
                continue; // "an idiot's guide", "a knee-jerk reaction"
            }
            if (k > 0 && NOT_AN_INSULT_BEFORE.contains(words.get(k - 1))
                    || Pattern.compile("(?i)\\b" + Pattern.quote(words.get(k)) + "['’]").matcher(sentence.sentence).find()) {
                continue; // "knee-jerk", "fools' gold": part of another phrase
            }
            String tag = sentence.of(words.get(k));
            if (tag.equals("VERB") || tag.startsWith("VB")) {
                continue; // "don't fool yourself"
            }
            if ((tag.equals("PROPN") || tag.startsWith("NNP") || sentence.titled(words.get(k)))
                    && !sentence.shouted(words.get(k))) {
                continue; // a title or a name: "The Idiot is my favourite Dostoevsky novel"
            }
            if (negated(words, k) || usedOf(words, k, padded, quoted, condemning) == null) {
                continue;
            }
            boolean addressed = WordWindow.anyBefore(words, k, 5, SECOND_PERSON::contains)
                    || end + 1 < words.size() && words.get(end).equals("like")
                    && SECOND_PERSON.contains(words.get(end + 1));
            findings.add(new Finding(addressed ? Rule.PERSONAL : Rule.ABUSIVE, 0.9, "insult \"" + noun
                    + "\" used of someone: \"" + String.join(" ", words.subList(Math.max(0, k - 3),
                    Math.min(words.size(), end + 2))) + "\""));
            return;
        }
    }

    /** Whether the word at {@code at} is negated: "she is no fool", "is not a complete idiot". */
    private static boolean negated(List<String> words, int at) {
        int k = WordWindow.skipBack(words, at - 1, 4, w -> NOUN_MODIFIERS.contains(w) || ADJECTIVES.contains(w));
        return k >= 0 && NEGATIONS.contains(words.get(k));
    }

    /** A word that reports or names what follows rather than saying it: "called", "describing", "the word". */
    private static boolean reporting(String word) {
        return REPORTED.contains(word) || REPORTING_VERBS.contains(word);
    }

    /**
     * The words before {@code at} when the insult there is used of someone, or null when it is mentioned (quoted,
     * reported: "he called her an idiot"), or said of oneself ("I felt like an idiot").
     */
    private static String usedOf(List<String> words, int at, String padded, Set<String> quoted, boolean condemning) {
        int offset = 1;
        for (int k = 0; k < at; k++) {
            offset += words.get(k).length() + 1;
        }
        if (mentioned(padded, offset, " " + words.get(at) + " ", quoted, condemning)) {
            return null;
        }
        if (WordWindow.anyBefore(words, at, 4, PersonDirected::reporting)) {
            return null;
        }
        String before = " " + String.join(" ", words.subList(0, at)) + " ";
        return SELF.matcher(before).find() ? null : before;
    }

    // words between an insulting adjective and the person it is said of: "that senile old fool", "filthy little"
    private static final Set<String> BEFORE_PERSON = Set.of("old", "little", "fat", "young", "ugly", "bald", "greedy",
            "corrupt", "lazy", "arrogant", "evil", "bearded", "rich", "white", "brown", "black", "tory", "labour",
            "liberal", "left", "wing", "right", "woke", "bunch", "of", "lot", "pack", "called");

    /** An insulting adjective before a word for a person: "that spineless governor", "these brainless fans". */
    private void attributive(Tags sentence, List<String> words, String padded, Set<String> quoted,
                             boolean condemning, List<Finding> findings) {
        for (int k = 0; k + 1 < words.size(); k++) {
            String adjective = adjectiveAt(words, k);
            if (adjective == null || !LEXICON.insultAdjectives().contains(adjective)) {
                continue;
            }
            int j = k + adjective.split(" ").length;
            int skipped = 0;
            while (j < words.size() && skipped < 3 && (BEFORE_PERSON.contains(words.get(j))
                    || adjectiveAt(words, j) != null && nounAt(words, j) == null)) {
                String more = adjectiveAt(words, j);
                j += more == null ? 1 : more.split(" ").length;
                skipped++;
            }
            if (j >= words.size() || adjective.equals("filthy") && words.get(k + 1).equals("rich")) {
                continue;
            }
            String head = words.get(j);
            String noun = nounAt(words, j);
            boolean person = noun != null && !THING_CAPABLE.contains(noun)
                    || !IDEAS.contains(head) && !IDEAS.contains(stem(head)) && (PersonWords.isPerson(head)
                    || AUTHORS.contains(head) || AUTHORS.contains(stem(head)) || properNoun(sentence, head));
            if (!person || negated(words, k) || usedOf(words, k, padded, quoted, condemning) == null) {
                continue;
            }
            boolean addressed = k > 0 && (SECOND_PERSON.contains(words.get(k - 1))
                    || Set.of("your", "ur").contains(words.get(k - 1))) || AUTHORS.contains(head);
            findings.add(new Finding(addressed ? Rule.PERSONAL : Rule.ABUSIVE, 0.9, "insulting adjective \""
                    + adjective + "\" before \"" + head + "\": \"" + String.join(" ", words.subList(k, j + 1)) + "\""));
            return;
        }
    }

    private static final Map<String, String> VIOLENCE = LEXICON.violence();
    private static final Set<String> VIOLENCE_PARTICIPLES = Set.copyOf(VIOLENCE.values());
    private static final Set<String> VIOLENCE_FIRST_WORDS = java.util.stream.Stream.concat(VIOLENCE.keySet().stream(),
            VIOLENCE.values().stream()).map(v -> v.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    // right before a verb, what makes it a call or a wish rather than a report: "should", "let's", "time to", or
    // nothing at all (an imperative opening the sentence: "hang every traitor")
    private static final Pattern CALL = Pattern.compile("(?:^|(?:^| )(?:should|must|ought to|need to|needs to|"
            + "have to|has to|got to|gotta|gonna|wanna|love to|like to|happily|ll|will|shall|let s|lets|let us|"
            + "time to|just|please|simply|and|so|now|then|go|come on|somebody|someone)(?: (?:all|just|simply|really|"
            + "go|come|and|finally|publicly|happily|slowly))*)$");
    private static final Pattern PASSIVE_CALL = Pattern.compile("(?:should|must|ought to|need to|needs to|deserve to|"
            + "deserves to|deserved to|have to|has to|d better|ll|will|want (?:them|him|her|em|the lot|all of them) to) "
            + "(?:(?:all|just|simply|really|each|every one|publicly|slowly) )*be(?: (?:all|publicly|slowly|simply))?"
            // the harm coordinated after another participle: "should be taken out the back and shot"
            + "(?:(?: \\S+){1,4} and)?$");
    private static final Pattern SEE_DONE = Pattern.compile("(?:see|watch|want|wish|love to see|like to see) "
            + "(?:them|him|her|em|the lot|all of them|every (?:one|last one|single one) of (?:them|those|these)"
            + "(?: \\S+)?|(?:those|these|that|the|every|all) (?:\\S+ )?\\S+)(?: all)?$");
    // reports and fears, not calls: "sentenced to be hanged", "feared they would be killed"
    private static final Pattern REPORTED_HARM = Pattern.compile("\\b(?:sentenced|sentence|sentencing|court|courts|"
            + "verdict|convicted|feared|fears|fear|afraid|risk|risks|warned|warns|reportedly|allegedly|threatened|"
            + "threatens|unless|likely|in danger|witnesses|according|could be|may be|might be)\\b");
    private static final Set<String> OBJECTS = Set.of("all", "every", "each", "those", "these", "that", "this", "the",
            "whole", "lot", "any", "some", "his", "their", "our", "your", "rest", "of", "one", "last", "single");
    private static final Set<String> PRONOUNS = Set.of("them", "him", "her", "em", "everyone", "everybody",
            "anyone", "anybody", "they", "he", "she", "who", "whoever");

    /** Calls to kill or harm people: "hang every traitor", "someone should shoot him", "they should all be gassed". */
    private void violence(Tags sentence, List<String> words, String padded, Set<String> quoted, boolean condemning,
                          List<Finding> findings) {
        if (words.stream().noneMatch(VIOLENCE_FIRST_WORDS::contains)) {
            return;
        }
        boolean reported = REPORTED_HARM.matcher(String.join(" ", words)).find();
        for (int k = 0; k < words.size(); k++) {
            if (!VIOLENCE_FIRST_WORDS.contains(words.get(k))) {
                continue;
            }
            for (int n = Math.min(4, words.size() - k); n >= 1; n--) {
                String verb = String.join(" ", words.subList(k, k + n));
                boolean base = VIOLENCE.containsKey(verb);
                boolean participle = VIOLENCE_PARTICIPLES.contains(verb);
                if (!base && !participle) {
                    continue;
                }
                String before = k == 0 ? "" : " " + String.join(" ", words.subList(0, k));
                boolean call = !reported && !negatedCall(before) && (base && CALL.matcher(before).find()
                        && personAt(sentence, words, k + n, true)
                        || participle && (PASSIVE_CALL.matcher(before).find() && personBefore(sentence, words, k)
                        || SEE_DONE.matcher(before).find()));
                if (call && usedOf(words, k, padded, quoted, condemning) != null) {
                    findings.add(new Finding(Rule.ABUSIVE, 1.0, "call to violence \"" + String.join(" ",
                            words.subList(Math.max(0, k - 3), Math.min(words.size(), k + n + 2))) + "\""));
                    return;
                }
                break;
            }
        }
    }

    /** Whether the subject of a passive before {@code at} ("traitors should be shot") is a person or people. */
    private static boolean personBefore(Tags sentence, List<String> words, int participle) {
        // "should be rounded up and shot": the subject stands before the first participle of the coordination
        int at = participle;
        if (at >= 2 && words.get(at - 1).equals("and")) {
            for (int j = at - 2; j >= Math.max(0, at - 6); j--) {
                if (words.get(j).equals("be")) {
                    at = j + 1;
                    break;
                }
            }
        }
        Set<String> chain = Set.of("should", "must", "ought", "to", "need", "needs", "deserve", "deserves",
                "deserved", "have", "has", "d", "better", "ll", "will", "be", "all", "just", "simply", "really",
                "each", "every", "one", "publicly", "slowly", "want", "them", "him", "her", "em", "the", "lot", "of");
        int k = WordWindow.skipBack(words, at - 1, Integer.MAX_VALUE,
                w -> chain.contains(w) && !PRONOUNS.contains(w));
        if (k < 0) {
            return true; // "want them all to be shot": the object was in the chain
        }
        String w = words.get(k);
        if (Set.of("i", "we", "us", "me").contains(w)) {
            return false; // "we will all be killed": a fear
        }
        if (Set.of("they", "he", "she", "who", "whoever").contains(w)) {
            return true; // "they should all be rounded up and shot": a pronoun for people as the subject
        }
        return personAt(sentence, words, k, false) || at - k > 1 && words.subList(k + 1, at).stream()
                .anyMatch(PRONOUNS::contains);
    }

    private static boolean negatedCall(String before) {
        return before.matches(".*(?:^| )(?:not|never|no|t|nobody|shouldn|mustn|don|doesn|won)(?: \\S+){0,2}$");
    }

    /**
     * Whether the words from {@code at} name people: "them", "every traitor", "the bankers", "Lavrov". As an
     * object ({@code object}), idioms are not people: "I'd kill for a coffee", "kill time", "kill the bill".
     */
    private static boolean personAt(Tags sentence, List<String> words, int at, boolean object) {
        for (int k = at; k < Math.min(words.size(), at + 5); k++) {
            String w = words.get(k);
            if (object && k == at && Set.of("for", "it", "time", "off", "on", "in", "with", "a", "an", "myself",
                    "yourself", "me", "us").contains(w)) {
                return false;
            }
            if (PRONOUNS.contains(w)) {
                return true;
            }
            if (OBJECTS.contains(w)) {
                continue; // "that linesman", "every one of those"
            }
            if (IDEAS.contains(w) || IDEAS.contains(stem(w)) || w.equals("messenger")) {
                return false;
            }
            if (PersonWords.isPerson(w) || AUTHORS.contains(w) || AUTHORS.contains(stem(w))
                    || NOUNS.contains(w) || NOUNS.contains(stem(w)) || properNoun(sentence, w)) {
                return true;
            }
            if (!OBJECTS.contains(w) && !ADJECTIVES.contains(w) && !BEFORE_PERSON.contains(w)) {
                return false;
            }
        }
        return false;
    }


    // "X behaved like a spoilt brat", "you sound like an idiot": a comparison that predicates like a copula
    private static final Set<String> LIKE_VERBS = Set.of("sound", "sounds", "sounded", "look", "looks", "looked",
            "act", "acts", "acted", "acting", "behave", "behaves", "behaved", "behaving", "talk", "talks", "talked",
            "talking", "write", "writes", "wrote", "writing", "think", "thinks", "argue", "argues", "whine", "whines",
            "whining", "cry", "cries", "crying", "play", "plays", "played", "playing", "dress", "dresses", "dressed",
            "run", "runs", "ran", "comment", "comments", "post", "posts");

    /** "subject is (a) … insult": an insult noun or adjective predicated of someone. */
    private void predicates(Tags sentence, List<String> words, Set<String> quoted, boolean condemning,
                            List<Finding> findings) {
        for (int i = 0; i < words.size(); i++) {
            String be = words.get(i);
            boolean likeBe = be.equals("like") && i > 0 && LIKE_VERBS.contains(words.get(i - 1));
            if (!BE.contains(be) && !likeBe) {
                continue;
            }
            if (i + 1 < words.size() && Set.of("not", "never", "no").contains(words.get(i + 1))) {
                continue;
            }
            int j = i + 1;
            int modifiers = 0;
            boolean article = false;
            while (j < words.size()) {
                String w = words.get(j);
                String noun = nounAt(words, j);
                if (noun != null) {
                    int found = findings.size();
                    predicate(sentence, words, i, j, noun, true, quoted, condemning, findings);
                    if (findings.size() > found) {
                        break;
                    }
                    j += noun.split(" ").length; // "a slimy toad and a grifter": the second may be said of a name
                    modifiers = 0;
                    continue;
                }
                String adjective = adjectiveAt(words, j);
                if (adjective != null && adjective.equals("lying") && j == i + 1) {
                    break; // "the minister is lying": a verb, not an insult
                }
                if (adjective != null) {
                    int nounAfter = nounWithin(words, j + adjective.split(" ").length, 2);
                    if (nounAfter < 0) {
                        int found = findings.size();
                        predicate(sentence, words, i, j, adjective, false, quoted, condemning, findings);
                        if (findings.size() > found) {
                            break;
                        }
                        j += adjective.split(" ").length; // "a clueless dinosaur and a fraudster"
                        continue;
                    }
                    j = nounAfter; // "mentally ill degenerates": the noun is the insult
                    continue;
                }
                if (w.equals("a") || w.equals("an") || w.equals("the")) {
                    article = true;
                } else if ((w.equals("and") || w.equals("or")) && j > i + 1 && j - i < 9) {
                    modifiers = 0; // "are terrorists and snakes": the second of two predicates
                    article = false;
                } else if (!FILLERS.contains(w)) {
                    if (STOP.contains(w) || BE.contains(w) || ++modifiers > (article ? 3 : 2)) {
                        break;
                    }
                }
                j++;
            }
        }
    }

    private void predicate(Tags sentence, List<String> words, int be, int at, String insult, boolean noun,
                           Set<String> quoted, boolean condemning, List<Finding> findings) {
        String padded = " " + String.join(" ", words) + " ";
        int offset = 1;
        for (int k = 0; k < at; k++) {
            offset += words.get(k).length() + 1;
        }
        if (mentioned(padded, offset, " " + words.get(at) + " ", quoted, condemning)) {
            return;
        }
        int end = at + insult.split(" ").length;
        if (noun && end < words.size() && compound(sentence, words.get(end)) && !sentence.pausesAfter(words.get(end - 1))) {
            return; // "a cancer risk", "a rat run": the insult word is only a modifier
        }
        if (WordWindow.anyBetween(words, be + 1, at, PersonDirected::reporting)) {
            return; // "nobody is calling the minister an idiot": reported, not said
        }
        Subject subject = subject(sentence, words, be, quoted);
        boolean thing = !noun || THING_CAPABLE.contains(insult) || THING_CAPABLE.contains(stem(insult));
        if (subject == Subject.IDEA || subject == Subject.NONE && thing || subject == Subject.SELF) {
            return;
        }
        if (!noun && LEXICON.judgingAdjectives().contains(insult) && subject != Subject.SECOND_PERSON
                && subject != Subject.AUTHOR) {
            return; // "the striker was useless today": a judgement of play or conduct, not an insult
        }
        Rule rule = subject == Subject.SECOND_PERSON || subject == Subject.AUTHOR ? Rule.PERSONAL : Rule.ABUSIVE;
        String said = String.join(" ", words.subList(Math.max(0, be - 2), Math.min(words.size(), end)));
        findings.add(new Finding(rule, 0.9, (noun ? "insult" : "insulting adjective") + " \"" + insult
                + "\" said of " + subject.description + ": \"" + said + "\""));
    }

    private enum Subject {
        SECOND_PERSON("\"you\""), AUTHOR("the author"), PERSON("a person or group"), IDEA("an idea"),
        SELF("oneself"), NONE("someone");

        final String description;

        Subject(String description) {
            this.description = description;
        }
    }

    // between a subject and its copula: "the minister must surely have been", "he really sounds"
    private static final Set<String> BEFORE_COPULA = Set.of("must", "should", "would", "will", "can", "could", "may", "might", "really",
                "clearly", "obviously", "just", "still", "also", "truly", "genuinely", "all", "both", "surely",
                "has", "have", "had", "been", "sound", "sounds", "look", "looks", "act", "acts", "seriously",
                "definitely", "probably", "certainly", "always", "d", "ll", "not", "here", "now", "today",
                "nowadays", "honestly", "basically", "literally", "frankly", "downtown");
    // a subject's noun phrase: "the MLA for my area", "Dafydd Pryce-Morgan of NRW", "the editor of this rag"
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "from", "in", "at", "on", "with", "for",
            "behind", "near", "across", "around", "over", "under", "inside");
    private static final Set<String> SUBJECT_BOUNDARY = Set.of("and", "but", "because", "so", "while", "whereas",
            "which", "who", "if", "when", "than", "as", "is", "are", "was", "were");

    /** Who the words before the copula are about. */
    private Subject subject(Tags sentence, List<String> words, int be, Set<String> quoted) {
        // "anyone who still defends him is …", "people who vote for this are …"
        for (int k = be - 1; k >= 0 && k >= be - 12; k--) {
            String w = words.get(k);
            if (w.equals("who") || w.equals("whoever")) {
                boolean wrote = k + 1 < be && Set.of("wrote", "writes", "penned").contains(words.get(k + 1));
                return k > 0 && AUTHORS.contains(words.get(k - 1)) || wrote ? Subject.AUTHOR : Subject.PERSON;
            }
            if (Set.of("and", "but", "because", "so", "while", "whereas").contains(w)) {
                break;
            }
            if (REPORTING_VERBS.contains(w) && !(k > 0 && Set.of("not", "t", "just", "only").contains(words.get(k - 1)))) {
                return Subject.IDEA; // "calling the judges enemies of the people was a disgrace": an act, not a person
            }
        }
        int k = WordWindow.skipBack(words, be - 1, Integer.MAX_VALUE,
                w -> BEFORE_COPULA.contains(w) || LIKE_VERBS.contains(w));
        if (k < 0) {
            // "are you this stupid": the subject follows the copula
            return be + 1 < words.size() && SECOND_PERSON.contains(words.get(be + 1)) ? Subject.SECOND_PERSON
                    : Subject.NONE;
        }
        String head = words.get(k);
        // "the author of this piece is …", "the MLA for my area is …": the head is before the first preposition
        for (int o = k - 1; o >= Math.max(1, k - 6) && !SUBJECT_BOUNDARY.contains(words.get(o)); o--) {
            if (SUBJECT_PREPOSITIONS.contains(words.get(o))) {
                head = words.get(o - 1); // the noun the phrase is about, whatever follows the preposition
            }
        }
        if (quoted.contains(head)) {
            return Subject.IDEA; // the subject is a quotation
        }
        if (SECOND_PERSON.contains(head) || head.equals("lot") && k > 0 && words.get(k - 1).equals("you")) {
            return Subject.SECOND_PERSON;
        }
        if (head.equals("i") || head.equals("we")) {
            return Subject.SELF;
        }
        if (AUTHORS.contains(head)) {
            return Subject.AUTHOR;
        }
        if (IDEAS.contains(head)) {
            return Subject.IDEA;
        }
        if (PersonWords.isPerson(head)) {
            return Subject.PERSON;
        }
        return properNoun(sentence, head) ? Subject.PERSON : Subject.NONE;
    }

    /** Whether the tagger reads this word of the sentence as a proper noun (a name: "Lavrov", "Erdogan"). */
    private static boolean properNoun(Tags sentence, String word) {
        String tag = sentence.of(word);
        return tag.equals("PROPN") || tag.equals("NNP") || tag.equals("NNPS") || sentence.capitalisedInside(word);
    }

    /** Whether a word right after an insult noun makes it a modifier of a compound ("cancer risk"). */
    private static boolean compound(Tags sentence, String next) {
        if (NOUNS.contains(next) || NOUNS.contains(stem(next)) || STOP.contains(next) || VOCATIVE.contains(next) || Set.of("of", "and", "but", "who", "if", "like", "as", "at", "from", "than",
                "so", "because", "when", "too", "all", "every", "just", "always", "should", "must", "will").contains(
                next)) {
            return false;
        }
        String tag = sentence.of(next);
        return tag.equals("NOUN") || tag.startsWith("NN");
    }

    private static boolean hasInsult(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (nounAt(words, k) != null || adjectiveAt(words, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** A sentence and its part-of-speech tags, tagged once and only when a rule asks. */
    private final class Tags {
        final String sentence;
        private String[] tokens;
        private String[] tags;

        Tags(String sentence) {
            this.sentence = sentence;
        }

        /**
         * Whether the word is written with a capital inside the sentence, not first ("Ten Hag is …"): a name the
         * tagger did not recognise. Words written all in capitals (shouting) do not count.
         */
        boolean capitalisedInside(String word) {
            of(word);
            for (int t = 1; t < tokens.length; t++) {
                String token = tokens[t];
                if (token.length() > 1 && Character.isUpperCase(token.charAt(0))
                        && !token.equals(token.toUpperCase(Locale.ROOT)) && token.toLowerCase(Locale.ROOT).equals(word)
                        && !Set.of("I", "The", "A", "An").contains(tokens[t - 1])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the word is written with a capital after the first token ("The Idiot is a novel"). */
        boolean titled(String word) {
            of(word);
            for (int t = 1; t < tokens.length; t++) {
                if (tokens[t].toLowerCase(Locale.ROOT).equals(word)) {
                    return Character.isUpperCase(tokens[t].charAt(0));
                }
            }
            return false;
        }

        /** Whether a comma or a dash follows the word ("u r a clown, Kofi"): what comes next is not a compound. */
        boolean pausesAfter(String word) {
            return Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word) + "\\s*[,;–—]").matcher(sentence).find();
        }

        /** Whether the word is written all in capitals ("IDIOTS"). */
        boolean shouted(String word) {
            of(word);
            for (String token : tokens) {
                if (token.toLowerCase(Locale.ROOT).equals(word)) {
                    return token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
                }
            }
            return false;
        }

        /** The tag of the first token that reads as this (normalised) word, or "" when none does. */
        String of(String word) {
            if (tags == null) {
                tokens = models.tokens.tokenize(sentence);
                if (tokens.length > 80) {
                    tokens = java.util.Arrays.copyOf(tokens, 80);
                }
                tags = models.partsOfSpeech.tag(tokens);
            }
            for (int t = 0; t < tokens.length; t++) {
                if (tokens[t].toLowerCase(Locale.ROOT).equals(word)) {
                    return tags[t];
                }
            }
            return "";
        }
    }

    /** The index of an insult noun within {@code span} words from {@code from}, or -1. */
    private static int nounWithin(List<String> words, int from, int span) {
        return WordWindow.firstAhead(words, from, span, k -> nounAt(words, k) != null, STOP::contains);
    }

    private static String nounAt(List<String> words, int at) {
        for (int n = Math.min(LONGEST_ENTRY, words.size() - at); n >= 1; n--) {
            String candidate = String.join(" ", words.subList(at, at + n));
            if (NOUNS.contains(candidate) || NOUNS.contains(stem(candidate)) || masked(candidate, NOUNS)) {
                return NOUNS.contains(candidate) ? candidate : stem(candidate);
            }
        }
        return null;
    }

    private static String adjectiveAt(List<String> words, int at) {
        for (int n = Math.min(2, words.size() - at); n >= 1; n--) {
            String candidate = String.join(" ", words.subList(at, at + n));
            if (ADJECTIVES.contains(candidate) || masked(candidate, ADJECTIVES)) {
                return candidate;
            }
        }
        return null;
    }

    // "your a idiot", "youre so thick", "ur an idiot": "you are" misspelt
    private static final Set<String> MISSPELT_YOU_ARE = Set.of("your", "youre", "ur", "yer", "yur");
    private static final Set<String> AFTER_YOU_ARE = Set.of("a", "an", "so", "such", "too", "the", "just", "nothing",
            "really", "absolutely", "completely", "totally", "clearly", "obviously", "well", "proper", "literally");

    /** Masked insults read as the one entry they fit ("id*ot" → "idiot"), so phrases see them too. */
    private static List<String> unmasked(List<String> words) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (MISSPELT_YOU_ARE.contains(words.get(k)) && AFTER_YOU_ARE.contains(words.get(k + 1))) {
                List<String> fixed = new ArrayList<>(words.subList(0, k));
                fixed.add("you");
                fixed.add("re");
                fixed.addAll(words.subList(k + 1, words.size()));
                return unmasked(fixed);
            }
        }
        if (words.stream().noneMatch(w -> w.indexOf('*') > 0)) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String entry = w;
            if (w.indexOf('*') > 0) {
                Pattern pattern = Pattern.compile(w.replaceAll("[^\\p{L}*]", "").replace("*", "\\p{L}")
                        + "(s|es)?");
                for (Set<String> entries : List.of(NOUNS, ADJECTIVES)) {
                    for (String e : entries) {
                        Matcher m = pattern.matcher(e);
                        if (m.matches() || pattern.matcher(e + "s").matches()) {
                            entry = pattern.matcher(e).matches() ? e : e + "s";
                        }
                    }
                }
            }
            out.add(entry);
        }
        return out;
    }

    /** "idiots" → "idiot", "thieves" → "thief", "leeches" → "leech". */
    private static String stem(String word) {
        if (word.endsWith("ves") && NOUNS.contains(word.substring(0, word.length() - 3) + "f")) {
            return word.substring(0, word.length() - 3) + "f";
        }
        if (word.endsWith("es") && NOUNS.contains(word.substring(0, word.length() - 2))) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** "c*nt", "st*pid": a masked word that fits exactly one kind of entry. */
    private static boolean masked(String word, Set<String> entries) {
        if (word.indexOf('*') < 0 || word.charAt(0) == '*' || word.indexOf(' ') >= 0) {
            return false;
        }
        Pattern pattern = Pattern.compile(word.replaceAll("[^\\p{L}*]", "").replace("*", "\\p{L}"));
        return entries.stream().anyMatch(e -> pattern.matcher(e).matches() || pattern.matcher(e + "s").matches()
                || pattern.matcher(e + "es").matches());
    }

    /** Whether the comment condemns something (a word it quotes or reports, as a rule). */
    static boolean condemns(String text) {
        return CONDEMNATION.matcher(text).find();
    }

    /** Normalised words that stand inside quotation marks in the original text. */
    static Set<String> quotedWords(String text) {
        Matcher m = QUOTED.matcher(text);
        Set<String> words = new java.util.HashSet<>();
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    words.addAll(NormalisedText.of(m.group(g)).words());
                }
            }
        }
        return words;
    }

    /**
     * Whether the words found at {@code start} of the padded sentence are mentioned rather than used: quoted, or
     * reported ("called them …", "the word …") in a comment that condemns them.
     */
    static boolean mentioned(String padded, int start, String found, Set<String> quoted, boolean condemning) {
        String before = padded.substring(0, Math.max(0, start)) + " ";
        if (before.matches(".* (?:you|u) (?:are|re|r) (?:\\S+ ){0,2}$")) {
            return false; // "you are a "moron"": quoting does not soften it
        }
        List<String> foundWords = NormalisedText.of(found).words();
        if (!foundWords.isEmpty() && !quoted.isEmpty() && quoted.containsAll(foundWords.subList(
                Math.max(0, foundWords.size() - 1), foundWords.size()))) {
            return true;
        }
        String after = padded.substring(Math.min(padded.length(), Math.max(0, start) + found.length()));
        if (NAMED_AS_A_WORD.matcher(after).lookingAt()) {
            return true; // "traitor is a heavy word": the word itself is the subject
        }
        return condemning && REPORTING.matcher(before.replaceAll(" +", " ")).find();
    }

    private static final Pattern NAMED_AS_A_WORD = Pattern.compile("\\s*(?:is|was|s|are) (?:a|an|the) (?:\\S+ )?"
            + "(?:word|slur|term|insult|label|epithet) ");
}
