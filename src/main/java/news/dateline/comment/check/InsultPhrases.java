package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.PhraseRule.*;

import java.util.List;

/**
 * The phrase rules of {@link PersonDirected} that decide whether words insult someone: exclamations and vocatives
 * at the reader, insults of readers in general, of the author and of commenters, and doxxing. They are tried before
 * {@link CommandAndHarmPhrases}, in this order, so findings keep their order.
 */
final class InsultPhrases {

    private InsultPhrases() {
    }

    static final List<PhraseRule> RULES = List.of(
            // exclamations at the reader: "what a spoilt city brat you are", "such a sad, bitter creature, aren't you"
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of \"you\"", " (?:what|such) (?:a|an) (?:\\S+ ){0,3}(?:" + NOUN + "|"
                    + ADJ + ")" + NOT_AN_IDEA + "{0,3} (?:(?:you|u) (?:are|re|r|must be|sound|seem|look)|(?:aren t|are|r)"
                    + " (?:you|u) $) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of \"you\"", " (?:what|such) (?:a|an) (?:\\S+ ){0,3}" + BELITTLING
                    + NOT_AN_IDEA + "{1,3} (?:(?:you|u) (?:are|re|r|must be|sound|seem|look)|(?:aren t|are|r) (?:you|u) $)"),

            // insults of readers in general
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of whoever agrees",
                    " only (?:a|an|the|some|someone|somebody|people|those)" + MOD + " " + NOUN
                            + " (?:would|could|can|will|believes?|thinks?|falls?|swallows?|buys?|trusts?) "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of whoever agrees",
                    " only (?:someone|somebody|people|a person) (?:as|so) " + ADJ + " "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of whoever agrees", " (?:you|u) (?:have|need|d have) to be (?:a |an )?"
                    + "(?:\\S+ ){0,2}(?:" + NOUN + "|" + ADJ + ") to "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter",
                    " (?:as|so) " + ADJ + " as (?:you|u) "),
            // vocatives and exclamations: "you idiot", "what a moron", "bunch of clowns"
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of \"you\"", " " + YOU + "(?: (?:absolute|complete|total|utter|"
                    + "bloody|fucking|fking|stupid|little|pathetic|dumb|silly|ignorant|brainless|lying|sad|old))* "
                    + NOUN + " "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult", " (?:what|such) (?:a|an)(?: \\S+){0,2} (?!(?:"
                    + String.join("|", THING_CAPABLE) + ")s? )" + NOUN + " "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of the author", " (?:what|such) (?:a|an)(?: \\S+){0,2} " + ADJ
                    + " (?:" + String.join("|", AUTHORS) + ") "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of a group", " (?:bunch|pack|load|band|gang|herd|nest) of(?: \\S+){0,2} "
                    + "(?!(?:garbage|rubbish|trash|lies|nonsense)s? )" + NOUN + " "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of a person", " (?:this|that|these|those)(?: \\S+)? " + PERSON_NOUN
                    + " (?!(?:of|in|on) (?:a|an|the|this|that) (?:policy|plan|bill|budget|article|piece) )"),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult", " (?:the )?(?:dumbest|stupidest|thickest|most stupid|most ignorant|"
                    + "biggest idiot|biggest moron) (?:person|man|woman|guy|commenter|poster|people|bloke|human) "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of a group", " (?:full of|run by|ruled by|led by|governed by|the) "
                    + "(?:\\S+ )?" + PURE_INSULT + " (?:in|at|running|who|on|of) "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "insult of whoever agrees", "^ (?:only )?(?:\\S+ )?" + PURE_INSULT
                    + " (?:will|would|always|still|keep|like|who|believe|think|vote|voted) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter", " " + NOUN + " like (?:you|u|yourself) "
                    + "| how (?:stupid|thick|dumb|dim|ignorant|clueless|naive|deluded|blind|gullible) (?:are|can|could"
                    + "|is|must) (?:you|u|one|someone|a person) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:two|2|three|few|single|one) brain cells? "
                    + "| pea brain\\S* | iq of | room temperature iq | smooth brain\\S* | tiny brain "),
            new PhraseRule(Rule.PERSONAL, 0.9, "attack on the author", " (?:" + String.join("|", AUTHORS) + ") (?:is|are|was"
                    + "|s) (?:\\S+ )?(?:paid|bought|on the payroll|in the pocket|a paid|a bought) "
                    + "| paid (?:shill|stooge|agent|troll|propagandist|mouthpiece|hack|lackey|bootlicker)s? "
                    + "| who paid (?:you|u|him|her|the author|this \\S+) "),
            new PhraseRule(Rule.PERSONAL, 0.6, "attack on the author", " (?:" + String.join("|", AUTHORS) + "|whoever wrote "
                    + "this|who wrote this) (?:\\S+ )?(?:should be sacked|should be fired|needs to be sacked|"
                    + "can t write|cannot write|writes like a child|has no idea|knows nothing|has never|did not "
                    + "bother|couldn t|should retire|should go back to school|needs to go back to school) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "doxxing", " (?:his|her|their|your) real name is | (?:his|her|their|your|\\S+ s) "
                    + "(?:kids|children|son|daughter|wife|husband) (?:go|goes|attend|attends|study|studies|works|work)"
                    + " (?:to|at|in) "
                    + "| (?:his|her|their|your|(?:" + String.join("|", AUTHORS) + ") s) (?:home |personal |private |"
                    + "real |work )?(?:address|phone number|mobile number|number|email|e mail|instagram|twitter|"
                    + "facebook|linkedin|handle|x account|account)s? (?:is|are) "
                    + "| (?:his|her|their|(?:" + String.join("|", AUTHORS) + ") s) (?:house|flat|home) is (?:the one|"
                    + "the \\S+ one|on|at|in|near|next|behind|opposite) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of the author or \"you\"", " (?:" + AUTHOR_SUBJECT + "|you|u) (?:is|was|"
                    + "s|are|re|r) (?:clearly |obviously |just |nothing but )?(?:a|an|such a) (?:\\S+ )?" + BELITTLING
                    + " "),
            new PhraseRule(Rule.PERSONAL, 0.9, "attack on the author", " (?:" + AUTHOR_SUBJECT + ") (?:\\S+ ){0,5}(?:should|"
                    + "must|needs? to|ought to|deserves? to) (?:be )?(?:fired|sacked|ashamed|banned|struck off|retire|"
                    + "resign|quit|stop writing|find another job|get another job|go back to school|be sent back) "
                    + "| (?:" + AUTHOR_SUBJECT + ") (?:\\S+ ){0,2}(?:was|is|must have been|must be) (?:clearly |obviously )?"
                    + "(?:drunk|high|stoned|asleep|on drugs|off (?:his|her|their) meds|paid off|bribed) "),
            new PhraseRule(Rule.PERSONAL, 0.6, "attack on the author", " (?:" + AUTHOR_SUBJECT + ") (?:\\S+ ){0,2}(?:has|have)"
                    + " no (?:clue|shame|integrity|credibility|business|talent) "
                    + "| (?:" + AUTHOR_SUBJECT + ") (?:clearly |obviously )?(?:can t|cannot|couldn t) (?:write|read|think|"
                    + "spell|count) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "attack on a commenter", " (?:you|u) (?:clearly |obviously |really )?(?:wouldn t|"
                    + "would not|couldn t|could not) (?:know|recognise|recognize|spot) (?:a|an|the) "
                    + "| (?:you|u) (?:need|should|ought to|must) (?:to )?(?:go |really )?(?:get|see|seek) (?:some )?"
                    + "(?:help|a doctor|a psychiatrist|therapy|a life|an education|a job|a brain|your head checked) "
                    + "| (?:are|r) (?:you|u) (?:even |actually |really )?(?:literate|capable of|able to read|"
                    + "that (?:stupid|thick|dumb|dim|slow|naive)|mentally) "
                    + "| (?:call|ring|email|write to) (?:his|her|their) (?:boss|employer|manager|office|wife|husband|"
                    + "parents|family) "),
            new PhraseRule(Rule.PERSONAL, 0.6, "attack on a commenter", " (?:you|u) (?:clearly |obviously |really )?"
                    + "(?:know|understand) (?:nothing|zero|absolutely nothing) | (?:you|u) (?:are|re|r) the reason "
                    + "| (?:you|u) (?:should|must) be (?:ashamed|embarrassed) "
                    + "| (?:did|do|have) (?:you|u) (?:even|actually|ever) (?:read|check|bother|think|open) "
                    + "| (?:his|her|their) (?:facebook|instagram|linkedin|twitter|home address|phone number) "),
            new PhraseRule(Rule.PERSONAL, 0.6, "typecasting a commenter", " (?:your|ur) (?:lot|sort|type|kind|ilk) "
                    + "| (?:you|u) and (?:your|ur) (?:ilk|kind|lot|sort|type) | the likes of (?:you|u) "
                    + "| (?:you|u) (?:write|argue|talk|think|comment) like a (?:child|toddler|baby|idiot|moron) "),
            new PhraseRule(Rule.PERSONAL, 0.6, "taunt at a commenter", " (?:can|do|did) (?:you|u) (?:even|actually) "
                    + "(?:read|think|count|understand) | (?:you|u) (?:clearly |obviously )?(?:can t|cannot|cant) "
                    + "(?:even )?read | nobody cares | no one cares | who asked | nobody asked (?:you|u) "
                    + "| no one asked (?:you|u) | cope (?:and|harder) | seethe | stay mad | ok boomer "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:you|u) (?:\\S+ ){0,2}(?:have|has|got|with) "
                    + "(?:the )?(?:brains?|intelligence|iq|memory|attention span|wit|wits|reading skills|grasp of \\S+)"
                    + " of (?:a|an) (?:\\S+ )?(?:goldfish|potato|turnip|rock|brick|toddler|child|gnat|plank|sheep|"
                    + "donkey|peanut|amoeba|cabbage|walnut|doorknob|fence post|houseplant|lettuce|squirrel|slug) "
                    + "| (?:you|u) (?:couldn t|could not|can t|cannot) (?:find|organise|organize|run|spell|count|"
                    + "argue|think) (?:your way out of|a piss up|your way|your own|to ten|past) "
                    + "| (?:are|r) (?:you|u) (?:really |actually |genuinely |seriously |just |always )?(?:this |that |so )?"
                    + "(?:dense|thick|stupid|dumb|dim|slow|naive|gullible|clueless|ignorant|deluded|brainwashed) "
                    + "| (?:crawl|slither|scuttle|go) back (?:under|into|to) (?:your|ur|whatever|the) (?:\\S+ )?(?:rock|"
                    + "hole|cave|basement|bridge|sewer|swamp|gutter|pit) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:your|ur) (?:sheer |utter |breathtaking |"
                    + "staggering |total |complete )?(?:ignorance|stupidity|idiocy|arrogance|incompetence|hypocrisy|"
                    + "dishonesty|cluelessness|gullibility|bigotry|lack of (?:intelligence|understanding|knowledge|"
                    + "education|brains?|common sense)) "
                    + "| (?:are|r) (?:you|u) (?:\\S+ )?(?:twelve|12|ten|10|five|5|a child|a toddler|a kid|in primary "
                    + "school) "
                    + "| (?:embarrass|embarrassing|embarrassed) (?:yourself|yourselves) | out of (?:your|ur) depth "
                    + "| education (?:is|was) (?:\\S+ )?wasted on | as (?:\\S+ ){1,2}as (?:your|ur) (?:grasp|"
                    + "understanding|knowledge|spelling|grammar|english|brain|iq|intellect) "
                    + "| (?:you|u)(?: \\S+){0,2} (?:are|re|r) the reason "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a person", " (?:brains?|intelligence|iq|attention span|wits|"
                    + "common sense|reading age|mental age|emotional range) of (?:a|an) (?:\\S+ )?(?!(?:genius|"
                    + "scientist|professor|surgeon|saint|lion|elephant)\\b)\\S+ "
                    + "| should (?:go back to|be sent back to|return to|have stayed (?:at|in)) (?:\\S+ )?(?:school|"
                    + "college|university|kindergarten|nursery|primary school|journalism school|law school) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "imperative at a person", " do (?:us|everyone|the world|the rest of us|"
                    + "yourself) (?:all )?a (?:favour|favor) and (?:\\S+ )?(?:stop|leave|shut|log off|go|quit|"
                    + "disappear|delete|keep quiet|stay quiet|get lost|never) "
                    + "| (?:nobody|no one|noone) (?:here |on here |in this thread )?(?:wants|needs|asked) (?:to hear )?"
                    + "(?:your|ur|you|from you) "
                    + "| take your (?:\\S+ ){0,2}(?:elsewhere|somewhere else|back to) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter", " (?:is|are) (?:clearly |obviously |way |well |"
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
            // sneers: a mock endearment opening a sentence at "you" ("How cute, you read one page…", "Oh bless, you…"),
            // and the expert of one thing ("you read one report and now you are an economist"); held, not rejected
            new PhraseRule(Rule.PERSONAL, 0.75, "sneer at \"you\"", "^ (?:oh )?(?:how (?:cute|sweet|touching|"
                    + "adorable|precious|quaint)|oh bless|bless (?:your|ur) (?:heart|cotton socks))(?: \\S+){0,12}? "
                    + "(?:you|your|u|ur) "
                    + "| (?:you|u)(?: ve| have)?(?: \\S+){0,2} one(?: \\S+){1,7} (?:now|suddenly) (?:you|u|ur|youre) "));
}
