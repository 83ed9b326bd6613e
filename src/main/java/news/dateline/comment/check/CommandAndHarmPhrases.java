package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.PhraseRule.*;

import java.util.List;

/**
 * The phrase rules of {@link PersonDirected} that decide whether words command, threaten or wish harm on someone:
 * imperatives aimed at people, calls to violence, threats, "send them back". The last few insult rules stay at the
 * end of this list, where they always were, so that findings keep their order.
 */
final class CommandAndHarmPhrases {

    private CommandAndHarmPhrases() {
    }

    static final List<PhraseRule> RULES = List.of(
            // imperatives aimed at people
            new PhraseRule(Rule.PERSONAL, 0.9, "imperative at a person", "^ (?:(?:\\S+ ){0,3})?(?:shut (?:up|your \\S+|it|the "
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
            new PhraseRule(Rule.PERSONAL, 0.9, "imperative at a person", " (?:so|and|now|just|then) (?:just |please )?(?:"
                    + "shut (?:up|your \\S+|it)|pipe down|sit down|wind your neck in|do one|jog on|get lost|piss off|"
                    + "bugger off|sod off|go away|log off|grow up|stop (?:posting|commenting|trolling|typing|whining)|"
                    + "keep quiet|be quiet|button it|zip it) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "telling someone to die", " (?:kill|neck|top|end|hang) (?:yo)?urself "
                    + "| (?:go|just) (?:and )?die | drop dead | hurry up and die "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "send them back", " (?:should|must|can|need to|ought to) (?:all )?(?:just )?"
                    + "go back (?:to )?where (?:they|he|she|you|u) (?:came|come) from "
                    + "| (?:they|them|he|she|\\S+ers|\\S+ians|\\S+ists|foreigners|immigrants|migrants|refugees) "
                    + "(?:\\S+ )?(?:should|must|need to|ought to) (?:all )?be (?:sent|shipped|packed off|kicked out|"
                    + "thrown out|chased out|driven out|deported) "),
            new PhraseRule(Rule.ABUSIVE, 0.9, "wishing harm on someone", " (?:deserves?|should|must|ought to) (?:to )?(?:have|"
                    + "get) (?:their|his|her) (?:\\S+ ){1,2}(?:torched|burned|burnt|smashed|bombed|destroyed|burned down|"
                    + "burnt down) "
                    + "|(?<! i| we| you| u| d| ll) (?:wants|needs|deserves|deserve|want|need) (?:a bullet|a beating|"
                    + "a slap|a kicking|a good hiding|to starve|to rot|to suffer|to die) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "imperative at a person", " (?:you|u) (?:should|need to|must|ought to|"
                    + "better|d better) (?:just |really )?(?:stop (?:writing|posting|commenting|talking|embarrassing)|"
                    + "shut up|retire|quit|go away|leave|log off|get lost) "),
            // violence and elimination
            new PhraseRule(Rule.ABUSIVE, 1.0, "call to violence", " (?:should|must|ought to|need to|needs to|deserves? to|"
                    + "ll|will) (?:all )?be (?:shot|hanged|hung|killed|executed|put down|lynched|gassed|"
                    + "exterminated|wiped out|eradicated|strung up|beaten|burned|burnt|drowned|stoned|castrated|"
                    + "put against a wall|put up against a wall|put to death) "),
            new PhraseRule(Rule.ABUSIVE, 1.0, "call to violence", " (?:somebody|someone|some one|they|we|you|u) (?:should|"
                    + "ought to|needs? to|must|could) (?:just )?(?:put|stick) a (?:knife|blade|bullet) in "
                    + "| (?:somebody|someone|some one|they|we) (?:should|ought to|needs? to|must) (?:just )?(?:pour "
                    + "(?:petrol|gasoline|acid|paraffin) (?:on|over)|set fire to|torch) "
                    + "| (?:put|throw|push) (?:him|her|them|\\S+ \\S+(?: \\S+)?) under the wheels "
                    + "| deserves? to (?:choke|starve|rot|burn|drown|suffer|die|hang) "),
            new PhraseRule(Rule.ABUSIVE, 1.0, "call to violence", " (?:put|puts|putting) a bullet (?:in|into|through) "
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
            new PhraseRule(Rule.ABUSIVE, 1.0, "threat of violence", " (?:break|smash|snap|bash|punch|slap|stab|strangle|choke|"
                    + "batter|kneecap|deck|thump|knock|cave) (?:in )?(?:your|his|her|their|ur|you|him|them|u)"
                    + "(?: \\S+)? (?:legs?|neck|face|jaw|nose|bones|teeth|skull|head|in|out|up|senseless|silly) "
                    + "| (?:meet|see|catch) (?:you|him|her|them|u) (?:outside|in a dark alley|after the match|alone) "
                    + "| dark alley | (?:you|he|she|they) (?:ll|will) get what s coming | teach (?:him|her|them|you|u) "
                    + "a lesson | (?:found|got|have|know) (?:your|his|her|their) (?:home )?address "
                    + "| pay (?:you|him|her|them|u) a visit | (?:you|u) (?:won t|will not|wont) be so brave "
                    + "| watch yourself | (?:i ll|ill|i will|we ll|we will) (?:find|get|hurt|end|ruin|destroy|"
                    + "come for|come after|sort|deal with) (?:you|u|him|her|them|your) "),
            new PhraseRule(Rule.ABUSIVE, 1.0, "wishing someone dead", " (?:hope|wish|pray|praying|hoping) (?:that )?(?!i |"
                    + "we )(?:\\S+ ){1,4}(?:dies|die|dead|gets? (?:killed|shot|hurt|cancer|run over)|rots?|drowns?|"
                    + "croaks?|chokes?|burns?) "
                    + "| (?:hope|wish|pray|praying|hoping) (?:that )?(?!i |we )(?:\\S+ ){1,6}gets? what s coming "
                    + "| (?:hope|wish|pray|praying|hoping) (?:that )?(?!i |we )(?:\\S+ ){1,6}(?:broken (?:leg|neck|back|"
                    + "jaw|arm)|breaks? (?:his|her|their) (?:leg|neck|back|jaw)|gets? (?:injured|hurt|beaten|attacked)|"
                    + "ends? up in (?:hospital|a wheelchair|a coffin|intensive care)|car crash|plane crash|crashes) "),
            new PhraseRule(Rule.ABUSIVE, 1.0, "veiled threat", " (?:shame|pity) if (?:something|anything) (?:were to |was to )?"
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
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of \"you\"", " (?:you|u) (?:re|are|r|sound like|look like|seem like|"
                    + "must be) (?:such )?(?:a|an) (?:\\S+ )?(?:sad|pathetic|bitter|lonely|angry|miserable|nasty|horrible|"
                    + "vile|small|stupid|ignorant|dumb|thick|deluded|brainwashed|clueless|" + BELITTLING.substring(3)
                    + "(?: (?:little|old|wee))? (?:man|woman|person|boy|girl|creature|troll|individual|fool|child|kid|"
                    + "specimen) "),
            new PhraseRule(Rule.ABUSIVE, 0.6, "send them back", " send (?:them|all|every|the lot|those|these)(?: \\S+){0,3} "
                    + "back | (?:deport|expel) (?:them|all|every|the lot|those|these) "),
            new PhraseRule(Rule.PERSONAL, 0.9, "insult of a commenter's mind", " (?:your|ur) (?:little|small|tiny|wee|pea|"
                    + "peanut|feeble|puny|smooth|two|one|single|limited) (?:\\S+ )?(?:brain|brains|brain cells?|mind|"
                    + "skull) | (?:your|ur) (?:brain|head|skull|mind) (?:\\S+ ){0,2}(?:is|are|must be|must have been|was)"
                    + " (?:\\S+ ){0,2}(?:smaller|emptier|thicker|made of|full of|the size of|mush|empty|hollow|fried) "),
            new PhraseRule(Rule.PERSONAL, 0.6, "attack on a commenter", " (?:your|ur) (?:brain|head|iq|mother|mum|mom|kids|"
                    + "children|english|comments?|opinions?|posts?) (?:\\S+ ){0,2}(?:is|are|must|was|so|as) "
                    + "(?:\\S+ ){0,3}(?:stupid|thick|small|size of|embarrass\\w*|bad|dumb|low|pea|empty|ashamed) "
                    + "| (?:needs?|get) (?:your|ur|their|his|her) heads? examined"
                    + "| so called (?:" + String.join("|", AUTHORS) + ") "
                    + "| (?:lives|stays|resides|living|staying) (?:in|at|on) (?:\\S+ ){1,4}(?:flat|apartment|tower|"
                    + "towers|house|building|floor|block|bungalow|villa) "
                    + "| drop(?:ped)? (?:you|u) on (?:your|ur) head | (?:paid|bought) (?:you|u) to "
                    + "| (?:you|u) (?:are|re|r) (?:\\S+ )?(?:a|an|one of those) (?:\\S+ )?(?:paid|bot|troll|shill)"));
}
