package news.dateline.comment.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "They cannot be personal": attacks aimed at a person rather than an argument — insults in the second person
 * ("you idiot", "you're a moron"), insults predicated of the author or someone named ("the author is a clown"),
 * threats ("I know where you live") and doxxing (phone numbers, home addresses, and ones partly masked:
 * {@link MaskedDetails}). Strong disagreement with a policy
 * or an article is not personal and passes. Works on {@link NormalisedText}, so masks and leetspeak count too.
 */
final class PersonalCheck implements GuidelineCheck {

    static final Explanation EXPLANATION = Explanation.PERSONAL;

    // insults of a person; words that also judge ideas ("wrong", "ridiculous") are deliberately not here
    private static final Set<String> INSULTS = ClasspathWordLists.load("comment/check/insults.txt");
    private static final String INSULT = "(?:" + String.join("|", INSULTS.stream().sorted().toList()) + ")";
    private static final String INTENSIFIERS = "(?: (?:such|a|an|so|the|total|complete|absolute|utter|bloody|"
            + "fucking|fking|big|stupid|little|pathetic|real|certified|bunch of|biggest|of an?|paid|worthless|useless|"
            + "dirty|filthy|lying))*";
    private static final String SUBJECT = "(?:you|u|ya|he|she|the author|the writer|this author|this writer|"
            + "the journalist|this journalist|the reporter|this reporter|the editor|the columnist|the commenter|"
            + "this guy|this man|this woman|this clown|whoever wrote this|the person who wrote this|"
            + "the (?:prime |chief |finance |home |foreign )?minister|the pm|the cm|the mp|the mla|the president)";
    private static final String BE = "(?: is| are| re| s| r| was| were| must be| sound like| look like)";

    private static final List<Pattern> STRONG = List.of(
            // "you idiot", "you're a moron", "u r so dumb", "the author is a clown"
            Pattern.compile(" (?:you|u|ya)" + INTENSIFIERS + " " + INSULT + "s? "),
            Pattern.compile(" " + SUBJECT + BE + INTENSIFIERS + " " + INSULT + "s? "),
            Pattern.compile(" are (?:you|u)" + INTENSIFIERS + " " + INSULT + " "),
            Pattern.compile(" (?:shut up|get lost|get out|go away)(?: you)? " + INSULT + "? "),
            Pattern.compile(" (?:fuck|screw|f\\*\\*k) (?:you|u|off|him|her) "),
            // threats
            Pattern.compile(" (?:i|we) (?:ll|will|am going to|are going to|m going to|re going to|gonna|shall) "
                    + "(?:find|hunt|hunt down|get|hurt|kill|beat up|destroy|come for|come after|deal with|"
                    + "visit|track|track down|finish|teach) (?:you|u|him|her|them|your|his|her) "),
            Pattern.compile(" i know where (?:you|u|he|she|they) (?:live|lives|work|works|stay|stays) "),
            Pattern.compile(" (?:watch your back|your days are numbered|you (?:ll|will) (?:pay|regret|be sorry)|"
                    + "you (?:re|are) dead(?! (?:right|wrong|on|correct|serious|sure|certain|set|spot|keen|easy|simple|lucky))|hope (?:you|u|he|she) (?:die|dies|gets? hurt|rots?)|"
                    + "(?:you|he|she) (?:deserve|deserves) to (?:die|be beaten|suffer)|"
                    + "someone should (?:shoot|kill|hurt|beat|slap) (?:you|him|her)) "),
            // doxxing in words
            Pattern.compile(" (?:he|she|they|you|the author|this journalist|the reporter) (?:lives|live|stays|stay) "
                    + "(?:at|on) "),
            Pattern.compile(" (?:his|her|their|your|the author s) (?:home |house |personal |private |real )?"
                    + "(?:address|phone number|phone|mobile number|mobile|number|email) is "));

    private static final List<Pattern> WEAK = List.of(
            Pattern.compile(" (?:people like you|your kind|you people|you lot|people of your kind|"
                    + "go back to (?:your|where)|shut up|get a life|grow a brain|get a brain|grow up) "),
            Pattern.compile(" (?:you|u)(?: re| are| r) (?:a )?(?:paid|sold out|brainwashed|a joke) "),
            Pattern.compile(" (?:paid|bought) (?:journalist|reporter|author|writer|media|shill|troll) "));

    // digits in the original text: numbers a reader could call or a house one could find
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?\\d[\\s\\-.]?){10,13}(?!\\d)");
    private static final Pattern STREET = Pattern.compile(
            // capitalised names before the street word, so "1 km of the road" is not an address
            "\\b\\d{1,5}[,/]?\\s+(?:[A-Z][\\w.]*\\s+){1,3}(?i:street|st|road|rd|lane|ln|avenue|ave|nagar|marg|"
                    + "colony|sector|block|apartments?|flat)\\b");
    // a street address is news ("the Park Street fire") unless it is said to be where someone lives
    private static final Pattern RESIDENCE = Pattern.compile(
            "(?i)\\b(?:lives?|lived|living|stays?|staying|home|house|residence|address|outside (?:his|her|their))\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    // a phone number with digits masked ("07xxx xx4418", "98xx-xx-4417"): still someone's number when it is said
    // to be a person's; an advert's own number ("call 024xxxxx21") is not about anyone
    private static final Pattern MASKED_PHONE = Pattern.compile("(?i)(?<![\\w])(?=[\\dx\\s-]*x[\\dx\\s-]*x)"
            + "(?=(?:[x\\s-]*\\d){3})\\d[\\dx]{1,5}(?:[\\s-]?[\\dx]{2,6}){1,3}(?![\\w])");
    // where a commenter, the author or the person they point at can be found: a workplace, a school, a home
    private static final Pattern WHEREABOUTS = Pattern.compile("\\b(?:works?|working|goes|studies|lives|living|"
            + "stays|staying|is) (?:at|in|on|to) (?:the )?\\p{Lu}|\\bfrom (?:the )?\\p{Lu}\\S* (?:\\S+ )?(?:depot|"
            + "office|branch|station|school|college|hospital|shop|store|factory|plant|garage)\\b");
    // a commenter or the author: the people whose whereabouts are nobody's business here
    private static final Pattern SOMEONE_HERE = Pattern.compile("(?i)\\b(?:comment(?:er|ing|ed)|columnist|"
            + "reporter|editor|author|journalist)\\b|\"[\\w.]+\"");
    private static final Pattern SOMEONES = Pattern.compile("(?i)\\b(?:comment(?:er|ing|ed)|your|his|her|him|"
            + "their)\\b");
    // what makes whereabouts a pointer rather than news: a detail to find the person by, or a push to go there
    private static final Pattern FINDABLE = Pattern.compile("(?i)\\b(?:floor|counter|badge|desk|depot|grade|year|"
            + "class|house|flat|unit|block|near|behind|opposite|next to|number|ask for|tell (?:him|her|them)|"
            + "have a word|go and|visit|bully|find (?:him|her|them)|just so you know)\\b");

    private final double rejectAt;
    private final PersonDirected personDirected;

    PersonalCheck(double rejectAt) {
        this(rejectAt, new PersonDirected(Models.get()));
    }

    PersonalCheck(double rejectAt, PersonDirected personDirected) {
        this.rejectAt = rejectAt;
        this.personDirected = personDirected;
    }

    @Override
    public Rule rule() {
        return Rule.PERSONAL;
    }

    @Override
    public Verdict check(String text) {
        Finding finding = find(text);
        PersonDirected.Finding structural = personDirected.strongest(text, rule());
        if (structural != null && structural.score() > finding.score()) {
            finding = new Finding(structural.score(), structural.evidence());
        }
        double score = finding.score();
        if (score >= rejectAt) {
            return new Verdict(rule(), Decision.REJECT, score, EXPLANATION, finding.evidence());
        }
        if (score >= 0.5) {
            return new Verdict(rule(), Decision.REVIEW, score, EXPLANATION, finding.evidence());
        }
        return pass(score);
    }

    /** A score and the words that earned it. */
    private record Finding(double score, String evidence) {
        static final Finding NONE = new Finding(0, "");
    }

    private static Finding find(String text) {
        for (Pattern dox : List.of(PHONE, EMAIL)) {
            Matcher m = dox.matcher(text);
            if (m.find()) {
                return new Finding(0.95, "contact details \"" + m.group().strip() + "\"");
            }
        }
        Matcher masked = MASKED_PHONE.matcher(text);
        if (masked.find() && SOMEONES.matcher(text).find()) {
            return new Finding(0.95, "contact details \"" + masked.group().strip() + "\"");
        }
        var partial = MaskedDetails.find(text);
        if (partial.isPresent()) {
            return new Finding(0.9, "masked details \"" + partial.get() + "\"");
        }
        Matcher whereabouts = WHEREABOUTS.matcher(text);
        if (whereabouts.find() && SOMEONE_HERE.matcher(text).find() && FINDABLE.matcher(text).find()) {
            return new Finding(0.9, "whereabouts \"" + whereabouts.group() + "\"");
        }
        Matcher street = STREET.matcher(text);
        if (street.find() && RESIDENCE.matcher(text).find()) {
            return new Finding(0.95, "home address \"" + street.group() + "\"");
        }
        String padded = NormalisedText.of(text).padded();
        for (Pattern p : STRONG) {
            Matcher m = p.matcher(padded);
            if (m.find()) {
                return new Finding(0.9, "attack \"" + m.group().strip() + "\"");
            }
        }
        for (Pattern p : WEAK) {
            Matcher m = p.matcher(padded);
            if (m.find()) {
                return new Finding(0.6, "maybe an attack \"" + m.group().strip() + "\"");
            }
        }
        return Finding.NONE;
    }
}
