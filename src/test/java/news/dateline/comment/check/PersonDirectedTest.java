package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Language aimed at people, through the whole pipeline: the examples of issue 13 by name, then attacks written many
 * ways (named people, groups, the author, commenters, readers in general, threats, calls to violence) and civil
 * comments built to trip a careless rule (an idea called stupid, a slur quoted to condemn it, "kill the bill").
 * These were written while building {@link PersonDirected}; the blind sets are in {@code comment/eval}.
 */
class PersonDirectedTest {

    private static final GuidelinePipeline PIPELINE = GuidelinePipeline.standalone(CheckProperties.defaults());

    private static void assertHeldOrRejectedAsAnAttack(String text) {
        CheckResult result = PIPELINE.check(text);
        assertThat(result.decision()).as(text).isNotEqualTo(Decision.PUBLISH);
        assertThat(result.reasons()).as(text).containsAnyOf(Rule.ABUSIVE, Rule.PERSONAL);
    }

    private static void assertPublished(String text) {
        CheckResult result = PIPELINE.check(text);
        assertThat(result.decision()).as(text + " " + result.verdicts()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void aNamedPersonCalledAStupidIdiotAndWhoeverTrustsHim() {
        assertHeldOrRejectedAsAnAttack("Lavrov is a stupid idiot and so is anyone who trusts him.");
    }

    @Test
    void anOfficeHolderCalledASpinelessCowardAndACrook() {
        assertHeldOrRejectedAsAnAttack("The governor is a spineless coward and a crook.");
    }

    @Test
    void aCommenterToldHeIsTooThickAndToStopPosting() {
        CheckResult result = PIPELINE.check("You are obviously too thick to follow foreign policy, so stop posting.");
        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.reasons()).contains(Rule.PERSONAL);
    }

    @Test
    void readersInGeneralCalledMorons() {
        assertHeldOrRejectedAsAnAttack("Only a moron would swallow this propaganda.");
    }

    @Test
    void anImperativeToShutUp() {
        CheckResult result = PIPELINE.check("Shut your mouth, you know nothing about this.");
        assertThat(result.reasons()).contains(Rule.PERSONAL);
    }

    @Test
    void anyoneWhoDefendsHimCalledGarbage() {
        assertHeldOrRejectedAsAnAttack("Anyone who still defends him is a worthless piece of garbage.");
    }

    @Test
    void aSlurQuotedToCondemnItIsPublished() {
        assertPublished("Describing migrants as \"cockroaches\", as that tabloid did, is disgraceful.");
        assertPublished("Calling them vermin is shameful.");
    }

    @Test
    void aMildExpletiveAtNoOneIsPublished() {
        assertPublished("Damn, I had no idea the siege had gone on this long.");
    }

    @Test
    void wordsAboutIdeasAreNotWordsAboutPeople() {
        assertPublished("This is a stupid policy.");
        assertPublished("The plan is stupid and the minister knows it.");
        assertPublished("I'd kill for a cup of tea right now.");
    }

    @Test
    void theEvidenceNamesTheWordsAndWhoTheyWereSaidOf() {
        Verdict abuse = PIPELINE.check("The governor is a spineless coward and a crook.").verdicts().stream()
                .filter(v -> v.rule() == Rule.ABUSIVE).findFirst().orElseThrow();
        assertThat(abuse.evidence()).contains("coward", "a person or group");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "That idiot Starmer has no clue what he is doing.",
            "The ref is a blind cheat and should never work again.",
            "These morons in Westminster will ruin us all.",
            "Migrants breed like rats and the government does nothing.",
            "The world would be better off without people like him.",
            "Let them drown in the Channel, it is their choice.",
            "He deserves a bullet for what he did to the club.",
            "String him up from the nearest lamppost.",
            "The owner is an absolute cockwomble.",
            "Our manager is a clueless dinosaur and a fraudster.",
            "Those Tory ghouls do not deserve to live.",
            "Someone should break his legs before the derby.",
            "Idiots will believe anything the government tells them.",
            "This country is run by the idiots in Delhi.",
            "The minister is a spineless little weasel.",
            "The keeper is an 1d10t who cannot catch a cold.",
            "Judges like him are a disgrace to the robes.",
            "What a pillock that striker is.",
            "You're a muppet mate, go and read the article again.",
            "How thick are you to believe this nonsense?",
            "No offence but you are genuinely the dumbest person on this thread.",
            "Can you even read, or do you just look at the pictures?",
            "Jog on, nobody wants your opinion here.",
            "Clowns like you are ruining this comment section.",
            "I have got your address and I will pay you a visit.",
            "Kill yourself, you waste of oxygen.",
            "You are delusional if you think this government cares.",
            "Go back to Pakistan if you love it so much.",
            "The journalist who wrote this is a shameless liar.",
            "Keep crying, snowflake.",
            "Your two brain cells must be fighting for third place.",
            "You're nothing but a paid troll.",
            "u r such a l0ser lol",
            "your a idiot and everyone knows it",
            "Mate you're a proper melt, honestly.",
            "You utter donut, that is not what the article says.",
            "Sir, you are talking like an ignorant fool.",
            "You people have no shame and no brains.",
            "Are you thick or just pretending?",
            "You are a sad little man with nothing better to do.",
            "The author is clearly on the payroll of the ruling party.",
            "This paid shill of a reporter should be ashamed.",
            "Nice house you have in Bandra, shame if it burned down.",
            "I'd watch my back if I were you.",
            "His real name is Rohan Mehta and his kids go to St Xavier's.",
            "You write like a child, please stop.",
            "You are useless and so is your argument.",
            "The VAR officials are corrupt clowns.",
            "Sack the manager, he is a clueless fraud.",
            "That owner is a greedy parasite bleeding the club dry.",
            "Muslims are dirty and should go back.",
            "The home secretary is thick as mince.",
            "The chairman is a ｉｄｉｏｔ.",
            "Whoever wrote this should be sacked before lunch.",
            "The person who wrote this article must have been drunk.",
            "This journalist has no shame and no integrity.",
            "The columnist clearly cannot write a single coherent paragraph.",
            "You wouldn't know a good argument if it bit you.",
            "You need to get some help, seriously.",
            "Are you even literate?",
            "Did you even read the piece before typing that?",
            "You know nothing about cricket, so stay quiet.",
            "Somebody should call his boss and tell him what he posts here.",
            "You should be ashamed of what you write here every day.",
            "The finance minister is a criminal and belongs in jail."
    })
    void attacksWrittenManyWaysAreHeldOrRejected(String text) {
        assertHeldOrRejectedAsAnAttack(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The striker was a revelation tonight and the keeper was brilliant.",
            "This tool makes it easier to compare the party manifestos.",
            "The concert was a sellout and the council made money on it.",
            "Kick him out of the squad if he keeps missing training.",
            "Calling refugees \"vermin\" is disgusting and the paper should apologise.",
            "The minister called the protesters \"thugs\", which was shameful.",
            "I would kill for a decent bus service in this town.",
            "The rats in the Underground are bigger than my cat.",
            "That policy is idiotic and will cost us billions.",
            "The plan is a joke and everyone in the council knows it.",
            "You are right about the rents, they have doubled since 2019.",
            "Shut down the coal plants and invest in solar, that is the only way.",
            "Stop blaming the migrants for the housing crisis.",
            "The whole idea is stupid, but the minister means well.",
            "The report describes the gang leaders as ruthless and violent.",
            "We need to kill the bill before it reaches the upper house.",
            "The virus is a danger to the elderly, so please get vaccinated.",
            "This budget is a disaster for the poor.",
            "The fans were brilliant and the atmosphere was electric.",
            "The batsmen were clueless against spin today.",
            "The snake charmer in the story was my favourite character.",
            "The home secretary is wrong and her numbers do not add up.",
            "Honestly, the referee had a shocker, but it was an honest mistake.",
            "Those who voted for Brexit had their reasons, and we should listen.",
            "I hope the team wins the final so the city can celebrate.",
            "The defence was useless in the second half and the manager must change it.",
            "Your argument is interesting, but the figures say otherwise.",
            "Your analysis is spot on, thank you.",
            "The sheep were moved to higher ground before the flood.",
            "The old minister is a dinosaur in the best sense, steady and careful.",
            "The author has a point about rents, though I think she underestimates supply.",
            "Shame on the council for closing the library.",
            "The minister was incompetent in handling the floods, and the report says so.",
            "I know where the new library is, it is next to the station.",
            "My kids go to the local school and the class sizes are huge.",
            "The minister should be sacked for this, and the report makes that clear.",
            "Did you see the second innings? It was wonderful.",
            "You should be proud of the way the city came together after the flood.",
            "I know nothing about tax law, but the figures look odd to me.",
            "The reporter was clearly right about the delays at the airport.",
            "The editor should be congratulated for running this story."
    })
    void civilCommentsThatLookLikeAttacksArePublished(String text) {
        assertPublished(text);
    }

    /**
     * The second round (lexicon by word class, insults used of anyone, adjectives before a word for a person, calls
     * to violence read from modality and object): attacks phrased unlike anything in the tuning sets.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "These idiots in the ministry have wrecked the railways again.",
            "Morons like Farage are why we left the EU.",
            "That senile old fool in the White House has no idea what day it is.",
            "Listen, moron, the figures are in the article.",
            "Kohli behaved like a spoilt brat on the field today.",
            "Pelosi is an evil old witch.",
            "Sunak is a slimy toad and a grifter.",
            "The whole lot of them are crooks and snakes.",
            "Those brainless fans who booed the anthem are a disgrace to the club.",
            "Migrants from the south are like locusts.",
            "Someone ought to shoot the whole cabinet.",
            "String up the bankers from the nearest lamppost.",
            "I'd happily see every one of them executed.",
            "Someone should smack that linesman in the car park.",
            "Throw bottles at their bus when it arrives.",
            "You clearly have the brain of a goldfish.",
            "Do us all a favour and stop writing.",
            "Are you really this dense?",
            "Your ignorance is astonishing.",
            "The minister is a f u c k i n g m o r o n.",
            "Whoever edited this should be sacked.",
            "It would be a shame if the judge's car had its brakes fail."
    })
    void attacksPhrasedUnlikeTheTuningSetsAreHeldOrRejected(String text) {
        assertHeldOrRejectedAsAnAttack(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Idiot is my favourite Dostoevsky novel.",
            "The fools' gold rush in the 1800s ruined many families.",
            "I was a fool to believe the forecast and left my umbrella at home.",
            "Nobody is calling the minister an idiot, but the policy is clearly failing.",
            "The manager said his players were idiots for getting sent off, which was harsh.",
            "Refugees are not vermin, whatever the tabloids say.",
            "Traitor is a heavy word, and the paper should not have used it.",
            "The thieves who robbed the jewellers were caught within a week.",
            "The striker was useless today, he missed three sitters.",
            "Holy shit, the turnout in the ward was 71 %, which is remarkable.",
            "Nobody should be hanged for a crime, the death penalty is barbaric.",
            "The court sentenced him to be hanged, a verdict human rights groups condemned.",
            "The regime executed four dissidents last year, Amnesty says.",
            "The badgers should be culled, according to the farmers' union.",
            "The army should stop shooting protesters and start talking to them.",
            "Shoot for the stars, the coach told the young players.",
            "We will beat them on Saturday, no doubt about it.",
            "Stop talking about growth and start building houses."
    })
    void reportsDenialsTitlesAndJudgementsOfPlayArePublished(String text) {
        assertPublished(text);
    }

    @Test
    void theEvidenceNamesTheRuleThatDecided() {
        Verdict abuse = PIPELINE.check("Someone ought to shoot the whole cabinet.").verdicts().stream()
                .filter(v -> v.rule() == Rule.ABUSIVE).findFirst().orElseThrow();
        assertThat(abuse.evidence()).contains("call to violence", "shoot");
        Verdict adjective = PIPELINE.check("Those brainless fans who booed are a menace.").verdicts().stream()
                .filter(v -> v.rule() == Rule.ABUSIVE).findFirst().orElseThrow();
        assertThat(adjective.evidence()).contains("brainless", "fans");
    }

    /**
     * The fourth round (tuning-4): subjects the lexicon does not list but whose form names people ("the buyers",
     * "the lobbyist"), subjects with a preposition after their head ("the MLA for my area"), "you" set off by commas
     * with a belittling word, "what a … you are", whereabouts of a commenter, masked numbers. Written for this test,
     * not taken from the sets.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "The property dealers are bloodsucking leeches, every one of them.",
            "That lobbyist is a snake and everybody in Westminster knows it.",
            "The councillor for our district is a gutless rat.",
            "The insurers here are just vultures circling the flood victims.",
            "u r a fraud, Ravi, and the whole thread can see it.",
            "Pack it in, you smug little man, nobody here is impressed.",
            "What a pompous windbag you are.",
            "What a nasty little man you must be.",
            "Your tiny brain cannot cope with two numbers at once.",
            "The editor of this so-called newspaper should be ashamed of printing it.",
            "The reporter is a smug little snob who has never ridden a bus.",
            "The commenter \"RiverRat\" works at the Boots on Castle Street, ask for him at the pharmacy counter.",
            "Text the commenter Dave on 07xxx xx5521 and tell him what you think.",
            "They should all be rounded up and shot.",
            "Somebody should stick a knife in that landlord.",
            "The mayor is a s.n.a.k.e and a l!@r.",
    })
    void attacksOnPeopleTheLexiconDoesNotNameAreHeldOrRejected(String text) {
        assertHeldOrRejectedAsAnAttack(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The computers in the library are garbage and need replacing.",
            "The numbers in this report are a joke.",
            "What a stupid policy, you are right to oppose it.",
            "Thank you, you absolute legend, for the tip about the ferry.",
            "u r right about the fares, they went up twice this year.",
            "You must be sad to see the old market close.",
            "Ask for Mrs Evans at the Boots counter, she sorted my prescription in minutes.",
            "Call 0800 xxx xxx for the council's flood line, it is free.",
            "The trailers for the new film are rubbish, but the film is good.",
            "Our neighbours deserve to have their homes rebuilt before winter.",
    })
    void civilCommentsNearTheNewRulesArePublished(String text) {
        assertPublished(text);
    }

    /** The eighth round's rules: condescending address, sneers, masked details. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Log out, grandad, that cocoa won't drink itself.",
            "Pray hold your tongue, young man, until you have learned to spell.",
            "Back to your colouring book, sweetie.",
            "How cute, you read one blog post about tariffs and now you're an economist.",
            "You watched one documentary and suddenly you're a marine biologist.",
            "The troll posting as KeralaKing is Biju, his wife's number is 98xx xx4 x20, spread it.",
            "Ravi from the comments drives a blue Swift, plate KA 0x xx41, say hello.",
            "Jim lives at 3x0 Harbour Road, maybe somebody should knock on his door.",
    })
    void condescensionSneersAndMaskedDetailsAreHeldOrRejected(String text) {
        assertHeldOrRejectedAsAnAttack(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The child was found safe near the river on Sunday.",
            "Bless you for covering the floods, the rest of the media ignored us.",
            "Buy the 4x4 version, the roads up there are rough in the monsoon.",
            "My grandad worked at the mill for forty years and never missed a shift.",
            "The professor who led the study said the data were incomplete.",
            "I read one report on this and now I understand the delay much better.",
    })
    void civilCommentsNearTheEighthRoundsRulesArePublished(String text) {
        assertPublished(text);
    }
}
