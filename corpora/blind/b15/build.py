#!/usr/bin/env python3
"""Build accounts.jsonl for blind set b15 (Lanterwick District Council).

Every text, label and note below was written by hand for this set. The script
only shuffles rows, gives out ids and timestamps, and writes the file. It uses
a fixed seed, so running it again produces the same accounts.jsonl.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 15015
HERE = Path(__file__).resolve().parent

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
DEF = "defamation.allegation"
IR = "tone.irony-risk"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
EQ = "equality.discrimination"
INT = "bullying.intimidation"

SEVERITY = {  # lowest severity RULES.md gives each rule used as expected here
    HR: "block", MX: "advice", MOD: "review", PA: "review", AB: "review",
    DEF: "review", IR: "advice", OFF: "review", DP: "review",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}


def p(text, kor, rules=(), allowed=(), note="", key=None, verdict=None):
    return dict(kind="post", text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, key=key, verdict=verdict)


def c(text, commenter, parent, kor, rules=(), allowed=(), note=""):
    return dict(kind="comment", text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, commenter=commenter,
                parent=parent, key=None, verdict=None)


def acct(author, platform, pattern, rows, account="councillor", hn=False):
    return dict(author=author, platform=platform, pattern=pattern, rows=rows,
                account=account, hn=hn)


F = "filler"
POS = "positive"
HN = "hard_negative"

ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    acct("@BarryScullionCon", "x", HR, [
        p("Watched Rosalind Quarrie's \"listening tour\" video. Forty seconds in she'd already told three residents they were wrong about their own street. Listening is clearly optional for our Leader.",
          POS, [HR, PA], [IR], "Target Rosalind Quarrie (full name, 'our Leader'): belittles her as someone who lectures residents. 1st of 4 hostile posts."),
        p("Wyndle Heath Community Centre roof finally patched after two winters of buckets. Thanks to the volunteers who kept the lunch club going in the meantime.",
          F, note="Ward business."),
        p("Ah, @RosQuarrieLD has discovered potholes exist. Only took three years and an election on the horizon. Lovely photo op in those spotless wellies though 👢",
          POS, [HR, PA, IR], [], "Same target by @handle; mock praise ('lovely photo op') plus contempt. 2nd hostile post."),
        p("Surgery this Saturday 10-12 at the Heath library. Bins, parking, the 41 bus, whatever's on your mind.",
          F, note="Ward business."),
        p("Some people are born to lead. Cllr Quarrie was born to chair a working group on whether to set up a working group. Bless her.",
          POS, [HR, PA, IR], [], "Same target as Cllr Surname; mock compliment and 'bless her' condescension. 3rd hostile post."),
        p("Pleased the gritting route now includes Furze Lane. Took a few emails but we got there.",
          F, note="Ward business."),
        p("Asked the Leader a straight question at full council. Got a lecture, a sigh and a head tilt. Ros, you are not the headmistress and we are not in detention.",
          POS, [HR, PA], [], "Same target as 'the Leader' and first name; patronising contempt. 4th hostile post."),
    ]),
    acct("@TrudyMakepeace", "facebook", HR, [
        p("Another housing \"update\" from Desmond Thistlewood that says precisely nothing in 600 words. I've met lampposts with a better grasp of the waiting list.",
          POS, [HR, PA], [], "Target Desmond Thistlewood (full name): compared unfavourably with a lamppost. 1st of 4."),
        p("Great turnout at the Wyndle Heath litter pick, 23 bags and one shopping trolley (again). Thank you all x",
          F, note="Ward business."),
        p("Cllr Thistlewood (@DesThistlewood) popped up on the Echo's website today wearing the expression of a man who has just been told where Ebbsmere is. Three years as portfolio holder and he still needs a map of his own patch 🙄",
          POS, [HR, PA], [], "Same target as Cllr Surname and @handle; mockery of competence. 2nd."),
        p("Reminder the consultation on the Heath Road crossing closes on Friday. Please have your say, even if it's to tell me I'm wrong!",
          F, note="Ward business."),
        p("Desmond, a genuine question: do you read the reports before you sign them, or is it more of a vibes thing? The tenants at Marley Court would love to know.",
          POS, [HR, PA], [IR], "Same target by first name; a sneering 'genuine question'. 3rd."),
        p("Happy to support the Heath Scouts' bid for a new minibus. Letter of support sent off this morning.",
          F, note="Ward business."),
        p("The housing portfolio holder at scrutiny, summarised: 'I hear you', 'lessons will be learned', a long pause, then a mumble. Ebbsmere deserves someone who is actually awake. Thistlewood isn't it.",
          POS, [HR, PA], [], "Same target by role and surname alone. 4th."),
    ]),
    acct("@MoTuckwellReform", "x", HR, [
        p("Hamish Corrigall wants 400 flats on the quay but cant park his own car straight outside the civic centre. This is the man in charge of planning our town. Says it all.",
          POS, [HR, PA], [], "Target Hamish Corrigall (full name): ridicule unrelated to the policy. 1st of 4. Typos deliberate."),
        p("Gorsley Quay harbour wall repairs start Monday. Fishermen have been asking for this for years, credit where its due.",
          F, note="Ward business."),
        p("Corrigall smirking thru the whole of planning cttee again. Maybe if he spent less time admiring his reflection in the windows he'd notice residents are fuming",
          POS, [HR, PA], [], "Same target by surname alone; vanity jibe. 2nd."),
        p("Anyone lost a grey cat near Slipway Road? Very friendly, been sat outside the chippy since yesterday.",
          F, note="Community notice, not personal content of the author."),
        p("Funny how @HamishCorrigall always finds time for lunch with developers but never for Gorsley residents. Just saying. Draw your own conclusions.",
          POS, [HR, PA], [DEF, IR], "Same target by @handle; insinuation of improper dealings without stating it. Defamation allowed (innuendo). 3rd."),
        p("Thanks to everyone who came to the flood meeting. Minutes will be on my page by weds.",
          F, note="Ward business."),
        p("Our planning portfolio holder has the backbone of a chocolate eclair and about as much use in a crisis. Gorsley deserves better than Hamish.",
          POS, [HR, PA], [], "Same target by role and first name; contempt. 4th."),
    ]),
    acct("@CarysPenhallow", "x", HR, [
        p("A masterclass from Cllr Venn today in presenting a £4m hole as \"prudent headroom\". Truly, we are not worthy. 👏👏",
          POS, [HR, PA, IR], [], "Target Philippa Venn (Cllr Surname); mock praise. 1st of 4."),
        p("Threnby Lido friends group AGM next Thursday. They've raised £11k for the new changing rooms, astonishing effort.",
          F, note="Ward business."),
        p("Listening to Philippa Venn explain reserves is like watching someone read a recipe upside down and then blame the oven.",
          POS, [HR, PA], [], "Same target by full name; belittling simile. 2nd."),
        p("Street lights on Cowslip Row are back on. Thanks to everyone who reported the fault.",
          F, note="Ward business."),
        p("@PhilippaVenn has blocked me for asking about capital slippage. Thin skin for a finance lead. If you can't take a question, Philippa, maybe choose a hobby that doesn't involve other people's money.",
          POS, [HR, PA], [], "Same target by @handle and first name; contempt. 3rd."),
        p("Met Year 6 at Threnby Primary to talk about what councillors do. Toughest question of the day: \"do you get paid in biscuits?\"",
          F, note="Ward business."),
        p("The finance portfolio holder has now 'paused' the same scheme three times. The only thing Venn has a firm grip on is her own press releases.",
          POS, [HR, PA], [], "Same target by role and surname. 4th."),
    ]),
    acct("@KieranDobbie", "x", HR, [
        p("Tobias Wren's report on the Orpen Marsh solar farm reads like the applicant's PR team wrote it. Either he didn't visit the site or he didn't care. Which is it, Tobias?",
          POS, [HR, PA, OFF], [DEF], "Target: the Head of Planning, an officer (full name, first name). Questions his neutrality in public. 1st of 4."),
        p("Orpen Marsh bus shelter replaced at last. Small thing, big difference for the 7am crowd.",
          F, note="Ward business."),
        p("Planning officers are paid to be neutral. Ours is paid, anyway. The Head of Planning brushed off residents' objections like a fly on his sandwich.",
          POS, [HR, PA, OFF], [DEF], "Same officer by role only; sneer at his impartiality. 2nd."),
        p("Drop-in about the drainage works at St Ebba's hall, Wednesday 2-6pm.",
          F, note="Ward business."),
        p("Mr Wren has apparently 'noted' our concerns. He notes a lot, does Mr Wren. Notes, nods, and does sod all. Orpen Marsh deserves an officer who can be bothered.",
          POS, [HR, PA, OFF], [IR], "Same officer as Mr Surname; contempt. 3rd."),
        p("Congratulations to Orpen Marsh WI on 90 years!", F, note="Ward business."),
        p("Asked planning for the site visit notes. Got a two-line email from Wren. I've had more detail from my parking app. Clueless.",
          POS, [HR, PA, OFF], [], "Same officer by surname alone; 'clueless'. 4th."),
    ]),
    acct("@SamirHaddowLab", "bluesky", HR, [
        p("Maureen Tuckwell has once again mistaken a Facebook rant for a policy. Bless her, she tries. She just has no idea what she's trying to do.",
          POS, [HR, PA, IR], [], "Target Maureen Tuckwell (full name); patronising 'bless her'. 1st of 4."),
        p("Threnby youth club saved for another year. Thank you to everyone who wrote in. Funding agreed at cabinet.",
          F, note="Ward business."),
        p("Cllr Tuckwell asked at committee whether \"the internet\" could be made to stop the seagulls. I have nothing to add. That is who represents Gorsley Quay.",
          POS, [HR, PA], [], "Same target as Cllr Surname; ridicule of intelligence. 2nd."),
        p("Food bank at St Aldhelm's needs tinned fish and UHT milk this week, if you can spare any.",
          F, note="Ward business."),
        p("@MoTuckwellReform for the sake of everyone's blood pressure, learn to read a budget before posting about one. Or find someone to read it to you.",
          POS, [HR, PA], [], "Same target by @handle; condescension implying she can't read. 3rd."),
        p("Bus 41 timetable consultation extended to the end of Feb. The operator listened.",
          F, note="Ward business."),
        p("Our Mo: forty leaflets, zero facts, a typo per line. Some call it campaigning. I'd call it a cry for help.",
          POS, [HR, PA], [], "Same target by nickname 'Our Mo'. 4th."),
    ]),
    acct("@OllieSpratling", "x", HR, [
        p("Marcus Pellow MP has visited Orpen Marsh precisely once since the election, for a photo with a tractor. The tractor has done more for us.",
          POS, [HR, PA], [], "Target the MP (full name); ridicule. 1st of 4."),
        p("Marsh Lane flooding: pumps out this morning, EA on site. Will update later.",
          F, note="Ward business."),
        p("@MarcusPellowMP's newsletter landed on the mat. Glossy, smug and entirely empty. Much like its author.",
          POS, [HR, PA], [], "Same target by @handle. 2nd."),
        p("Thanks to the Marsh Road Neighbours group for the defib fundraising. It's now installed outside the post office.",
          F, note="Ward business."),
        p("Pellow's office answered a resident's flood question with a link to a 2019 press release. Our MP is a cardboard cut-out with a Westminster pass.",
          POS, [HR, PA], [], "Same target by surname alone. 3rd."),
        p("Parish liaison meeting moved to the 12th. Agenda to follow.", F, note="Ward business."),
        p("Our Member of Parliament wants a pat on the back for \"raising\" the bypass. Mate, you asked one question and went back to your sandwich. Orpen Marsh sees straight through you, Marcus.",
          POS, [HR, PA], [IR], "Same target by role and first name. 4th."),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard negatives (civil, repeated criticism)
    # ------------------------------------------------------------------
    acct("@LorraineFettisLab", "x", HR, hn=True, rows=[
        p("I've asked Cllr Thistlewood to publish the void figures for Ebbsmere. 61 empty council homes while households wait in B&Bs is not acceptable, and the portfolio holder needs to set out a plan.",
          HN, note="Firm criticism of Thistlewood's record, civil, aimed at a decision. 1st of 4."),
        p("Ebbsmere Road resurfacing confirmed for April. Thank you to residents for their patience.",
          F, note="Ward business."),
        p("Second time of asking: @DesThistlewood, when will the Marley Court damp survey be shared with tenants? They've waited since November. A date would be a start.",
          HN, note="Repeated, pointed but civil question to the same person."),
        p("Disappointed by the cabinet decision to cut the housing advice service's hours. I understand the budget pressure, but I think Desmond Thistlewood has got this one wrong and I'll be calling it in to scrutiny.",
          HN, note="Disagreement with a decision, by full name; no attack on the person."),
        p("Ebbsmere surgery Friday at the library, 4-6pm.", F, note="Ward business."),
        p("Credit to the housing portfolio holder for agreeing to meet Marley Court tenants. I still disagree with his approach on voids and will keep pressing, but this is the right step.",
          HN, note="Criticism mixed with credit; role reference."),
    ]),
    acct("@EzraBlaydonLab", "x", HR, hn=True, rows=[
        p("The quay masterplan has good bits, but 400 flats with 90 parking spaces doesn't add up. I'll be asking Cllr Corrigall to look again at the transport assessment.",
          HN, note="Criticism of Corrigall's scheme, civil. 1st of 4."),
        p("Lanterwick Town traders' forum tomorrow, 9am at the Corn Exchange. All welcome.", F, note="Ward business."),
        p("Hamish Corrigall calls 15% affordable housing \"ambitious\". I'd call it the opposite. We can aim higher, and I've tabled a motion asking us to.",
          HN, note="Disputes a figure and a claim; no insult."),
        p("Respectfully, I think @HamishCorrigall is wrong to shelve the conservation area review. The old town centre needs that protection, and I've written to him setting out why.",
          HN, note="'Wrong' about a decision, by @handle."),
        p("Thanks to the Town Centre BID for the extra benches on Fore Street.", F, note="Ward business."),
        p("Third time I've raised the quay flood risk with the planning portfolio holder. Not giving up. Residents deserve a clear answer on the sea wall before any spades go in.",
          HN, note="Persistent, repeated, civil; shares 'third time' framing with harassment positives."),
    ]),
    acct("@GwenProbertGreen", "bluesky", HR, hn=True, rows=[
        p("Cllr Venn's draft budget takes £300k out of bus subsidies. I don't doubt the pressure she's under, but Sallowfield relies on the 12 and the 14. I'll be putting an amendment.",
          HN, note="Criticism of Venn's budget, civil. 1st of 4."),
        p("Sallowfield Library's repair café is back on the first Saturday of the month 🛠️", F, note="Ward business."),
        p("Philippa Venn and I disagree about the green reserve. I think spending it now saves money on energy bills later; she thinks we should hold it. Good-natured row at scrutiny today, and I'd welcome more of them.",
          HN, note="Disagreement with the same person, explicitly good-natured."),
        p("Still waiting on the carbon appraisal of the capital programme. @PhilippaVenn, can it be published before budget council please?",
          HN, note="Repeated request to the same person by @handle."),
        p("Hedgehog highway signs are up on Millpond Lane thanks to the Year 4s at Sallowfield Primary 🦔", F, note="Ward business."),
        p("Budget council done. My bus amendment fell. I think the finance portfolio holder made the wrong call, but she argued it honestly and I'll keep making the case.",
          HN, note="Says 'wrong call' but praises honesty; civil."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positive councillor accounts
    # ------------------------------------------------------------------
    acct("@DesThistlewood", "x", MX, [
        p("Our eldest passed her driving test this morning. I have aged roughly a decade in the passenger seat since September.",
          POS, [MX], [], "Personal: a child's driving test, on the councillor account."),
        p("Marley Court: contractors are on site from Monday for the damp works. Tenants will get a letter this week with dates for each block.",
          F, [], [MX], "Council business on the same account."),
        p("Sunday roast attempt: the Yorkshires rose, the gravy did not. Six out of ten, would try again.",
          POS, [MX], [], "Personal: cooking at home."),
        p("The new allocations policy goes to cabinet in March. The draft is on the council website; comments are welcome until 20 February.",
          F, [], [MX], "Council business."),
        p("Dad turned 80 at the weekend. He gave a speech that was mostly about a caravan holiday in 1978 and nobody minded one bit.",
          POS, [MX], [], "Personal: father's birthday."),
        p("Thank you to the Ebbsmere tenants' forum for a frank evening. Lots to take away, particularly on repair response times.",
          F, [], [MX], "Council business."),
    ]),
    acct("@NgoziAshworthBell", "facebook", MX, [
        p("Threnby's new food waste collections start on 2 February. Your caddy should arrive this week. Any problems, drop me a message.",
          F, [], [MX], "Council business."),
        p("Took Mum for her cataract check today. All fine, and she's now complaining the wallpaper is brighter than she remembered 😂",
          POS, [MX], [DP], "Personal: a parent's eye appointment (health of a relative, so data-protection allowed)."),
        p("Tree planting on Threnby Green this morning: 120 saplings in. Huge thanks to the Scouts and the Friends of the Green.",
          F, [], [MX], "Council business."),
        p("Bedtime negotiations in our house now involve a formal written appeal. The four-year-old has a future in planning law.",
          POS, [MX], [], "Personal: a young child at home; joke borrows council vocabulary."),
        p("Environment scrutiny asked good questions about the recycling contract. A report comes back to cabinet in March.",
          F, [], [MX], "Council business."),
        p("First parkrun in two years. Finished. That's the review.",
          POS, [MX], [], "Personal: a run."),
        p("Air quality sensors are now live at three Threnby schools. The readings will be published monthly.",
          F, [], [MX], "Council business."),
    ]),
    acct("@PhilippaVenn", "x", MX, [
        p("Tomatoes sown on the kitchen windowsill. Optimism is a seed tray in January.",
          POS, [MX], [], "Personal: gardening."),
        p("Draft budget published today. Council tax up 2.99%, no cuts to library opening hours. Full papers are on the website.",
          F, [], [MX], "Council business."),
        p("Went to see my son's band at the Anchor. They were loud. He was happy. My ears are still ringing.",
          POS, [MX], [], "Personal: son's gig."),
        p("Thanks to everyone who came to the Sallowfield budget roadshow. The question on reserves was a good one and I've answered it in full on my blog.",
          F, [], [MX], "Council business."),
        p("Laid the last of the patio slabs. Two are wonky. They are staying wonky.",
          POS, [MX], [], "Personal: DIY."),
        p("Business rates relief for small shops extended for another year. Details from the revenues team.",
          F, [], [MX], "Council business."),
    ]),
    acct("@SamirHaddowThrenby", "facebook", MX, [
        p("Threnby Road crossing finally has a date: works begin 9 March. Thank you to the parents who petitioned for it.",
          F, [], [MX], "Council business."),
        p("Not a great week. My nan died on Tuesday, 94 and sharp as a tack to the end. Grateful for every Eid she cooked for thirty of us.",
          POS, [MX], [DP], "Personal: bereavement; mentions a relative's religion, so data-protection allowed."),
        p("Surgery moves to Thursday this week, 5-7pm at Threnby Community Hub.",
          F, [], [MX], "Council business."),
        p("Coached the under-9s to a heroic 4-4 draw in sideways rain. Orange slices were the real MVP.",
          POS, [MX], [], "Personal: coaching a children's team."),
        p("Pleased cabinet agreed the youth club funding. More to do on the long term, but this buys a year.",
          F, [], [MX], "Council business."),
        p("Fixed the washing machine with a YouTube video and a butter knife. Feeling invincible.",
          POS, [MX], [], "Personal: DIY at home."),
    ]),
    acct("@EzraBlaydonLT", "facebook", MX, [
        p("Eight weeks into being a dad. Sleep is a rumour. He grabbed my finger today and honestly, that's me done for.",
          POS, [MX], [DP], "Personal: a new baby (data-protection allowed)."),
        p("Corn Exchange roof repairs are funded. Thank you to the heritage trust for the match funding.",
          F, [], [MX], "Council business."),
        p("Took the pup to the beach at Gorsley. She ate a crab shell and rolled in something unspeakable. Perfect day.",
          POS, [MX], [], "Personal: the dog."),
        p("Lanterwick Town parking review drop-in: Wednesday at the library, 3-7pm.",
          F, [], [MX], "Council business."),
        p("Cooked my grandad's curry recipe for my partner's birthday. The smoke alarm stayed quiet. Growth.",
          POS, [MX], [], "Personal: partner's birthday."),
        p("Met the Town Centre BID about empty shop units. There's a grant for pop-ups; details on this page soon.",
          F, [], [MX], "Council business."),
    ]),
    acct("@carys-penhallow.bsky.social", "bluesky", MX, [
        p("Threnby Lido refurbishment tender is out. The target for reopening is spring 2027.",
          F, [], [MX], "Council business."),
        p("Half-term in Pembrokeshire. It rained for four days and we loved every one of them.",
          POS, [MX], [], "Personal: a holiday."),
        p("Pothole on Cowslip Row reported again and, I'm told, will be filled this week. I'll believe it when I see it, but that's progress.",
          F, [], [MX], "Council business with mild sarcasm about a process, not a person."),
        p("The cat has claimed the new sofa. We now sit on the floor. This is fine.",
          POS, [MX], [], "Personal: a pet."),
        p("Threnby Primary has a crossing patrol again from Monday. Please slow down on Fernside Road.",
          F, [], [MX], "Council business."),
        p("My sister and I finished the thousand-piece jigsaw Mum left half done. It had been on the dining table since the funeral. It felt right to finish it.",
          POS, [MX], [], "Personal: bereavement, understated."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (warm council business only)
    # ------------------------------------------------------------------
    acct("@RosQuarrieLD", "x", MX, hn=True, rows=[
        p("Lanterwick Town feels like home for so many reasons, and this morning's volunteers at the Mardle clean-up were one of them. Thank you all.",
          HN, note="Warm, 'home', but council/community business only."),
        p("A mum at the school gate on Fore Street asked why the crossing lights take so long. Fair question. I've asked highways to retime them.",
          HN, note="'A mum at the school gate' is a resident's casework, not the councillor's own life."),
        p("Proud to open the new Changing Places toilet at the Corn Exchange. It means a great deal to the carers who campaigned for it.",
          HN, note="Warm council business."),
        p("Spent the morning with the foster carers' support group. Their stories stayed with me all day. We're recruiting, so please get in touch if you've ever thought about it.",
          HN, note="Emotional language about a council service, no personal content."),
        p("Happy retirement to Jean, 38 years behind the counter at Lanterwick Library. The town owes you one.",
          HN, [], [OFF], "A retirement wish to a staff member (officers.impartiality allowed for naming staff)."),
    ]),
    acct("@HamishCorrigall", "x", MX, hn=True, rows=[
        p("Quay masterplan: over 600 responses so far. Thank you. I am reading every one, with a mug of tea and a great many sticky notes.",
          HN, note="A homely detail, but about council work."),
        p("The old net loft on Gorsley Quay is being restored as a maker space. Lovely to see teenagers and retired fishermen sharing a workbench.",
          HN, note="Warm regeneration news."),
        p("Happy birthday to Gorsley Quay Sailing Club, 100 years old this week! ⛵",
          HN, note="'Birthday' of a club, not of a relative."),
        p("Walked the length of the harbour wall with residents this morning to see the storm damage. Repairs are funded and start in March.",
          HN, note="Council business."),
        p("Training session for new planning committee members done. Thank you to everyone who came along and asked such good questions.",
          HN, note="Council business."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: separate personal accounts
    # ------------------------------------------------------------------
    acct("@ros_and_the_whippets", "facebook", MX, account="personal", hn=True, rows=[
        p("Two whippets, one duvet, zero chance.", HN, note="Personal account, personal content."),
        p("The grandson lost his first tooth. Tooth fairy rates have gone up alarmingly since my day.", HN, note="Personal account."),
        p("Sunday walk along the Mardle. Kingfisher! Didn't get a photo, so you'll have to trust me.", HN, note="Personal account."),
        p("Made marmalade. The kitchen looks like a crime scene. Worth it.", HN, note="Personal account; 'crime scene' is an idiom."),
        p("Forty years since we met at a barn dance. He still can't dance.", HN, note="Personal account."),
    ]),
    acct("@corrigall_birds", "bluesky", MX, account="personal", hn=True, rows=[
        p("Three avocets on the estuary at first light. My knees complained; my heart did not.", HN, note="Personal account."),
        p("Our youngest has moved into her first flat. I built a wardrobe with 84 parts and had two left over. They're probably structural.", HN, note="Personal account."),
        p("Dad would have been 90 today. Took his old binoculars out in his honour.", HN, note="Personal account; bereavement."),
        p("Snow bunting at Gorsley Point! Unseasonal and entirely welcome.", HN, note="Personal account."),
        p("Grandad duty this afternoon. We built a den. The den won.", HN, note="Personal account."),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts
    # ------------------------------------------------------------------
    acct("@CllrBarryScullion", "facebook", MOD, [
        p("Update on the Heath Road crossing: the county has agreed a signalised crossing, with works planned for the summer. Thank you to everyone who signed the petition.",
          F, [], [MOD], "Page owner's post; abusive comments sit under it.", key="bs1"),
        c("About time. Thanks Barry for keeping at it.", "Janice Tolley", "bs1", HN, note="Civil comment."),
        c("took them long enough. useless f*cking shower the lot of them", "Dean Harker", "bs1", POS, [MOD], [AB, PA],
          "Obscene, abusive comment left up on the page."),
        c("Everyone on the Heath knows why it took 3 years. Quarrie's husband owns the field next to it and wanted his compensation first. Corrupt top to bottom.",
          "Pauline Gedge", "bs1", POS, [MOD], [DEF, PA], "Defamatory allegation of corruption about the Leader, stated as fact."),
        p("Wyndle Heath Community Centre reopens Monday with its new roof. Lunch club back on Wednesday.",
          F, [], [MOD], "Page owner's post.", key="bs2"),
        c("Good news but the car park is still a disgrace, half the lights are out.", "Martin Royle", "bs2", HN,
          note="Critical comment about a facility; civil."),
        c("Barry you absolute waste of space, where were you when my road flooded. Crawl back under your rock", "Kev Mottershead", "bs2", POS, [MOD], [PA],
          "Abusive comment aimed at the councillor."),
        p("I've been asked about the Heath post office closing. I'm meeting the Post Office area manager next week and will report back here.",
          F, note="Page owner's post; only a civil comment under it.", key="bs3"),
        c("Please ask about the cash machine too, lots of older people rely on it.", "Sheila Brundish", "bs3", HN, note="Civil comment."),
    ]),
    acct("@DobbieForOrpenMarsh", "facebook", MOD, [
        p("Solar farm application at Orpen Marsh: the consultation is open until 14 February. Whatever your view, please put it in writing to the planning department so it counts.",
          F, [], [MOD], "Page owner's post.", key="kd1"),
        c("Wren's been paid off by the solar lot, simple as. Ask who bought him that new Range Rover.", "Graham Petty", "kd1", POS, [MOD], [DEF, PA, OFF],
          "Defamatory allegation of bribery against a named officer."),
        c("I'm against it. Those fields flood every winter and the access road is single track. I'll be writing in.", "Ann Colclough", "kd1", HN,
          note="Critical comment on the application; civil."),
        c("shove your solar panels up your arse, nobody round here wants them", "Lee Farrant", "kd1", POS, [MOD], [AB, PA],
          "Obscene, abusive comment."),
        p("Well done to Orpen Marsh Primary on their Ofsted: 'good' across the board.",
          F, note="Page owner's post.", key="kd2"),
        c("Brilliant school, both of mine loved it there.", "Rachel Ibbotson", "kd2", HN, note="Civil comment."),
        p("A note on comments: debate is welcome on this page, abuse isn't. I've taken down a few this week that crossed the line.",
          HN, [], [MOD], "Near miss: the councillor talks about moderating comments.", key="kd3"),
        c("Censorship now is it Kieran. Typical Tory snowflake. You're a spineless little weasel and the whole village laughs at you.", "Stuart Lamb", "kd3", POS, [MOD], [PA],
          "Abusive comment aimed at the councillor."),
    ]),
    acct("@LorraineFettisEbbsmere", "facebook", MOD, [
        p("Marley Court tenants' meeting on Thursday at 6pm in the community room. Bring your repair reference numbers if you have them.",
          F, [], [MOD], "Page owner's post.", key="lf1"),
        c("The housing manager there is on the fiddle, takes cash to move people up the list. My neighbour paid him £500.", "Tony Speke", "lf1", POS, [MOD], [DEF, OFF],
          "Defamatory allegation of bribery against an identifiable staff member."),
        c("Been waiting 14 months for a damp survey. Not your fault Lorraine but somebody needs to answer for it.", "Kelly Ransome", "lf1", HN,
          note="Critical comment; civil."),
        c("Will there be someone there for people whose English isn't great? My mum would come.", "Agnieszka Wolny", "lf1", HN, note="Civil comment."),
        p("Ebbsmere Road resurfacing confirmed for April 🎉", F, [], [MOD], "Page owner's post.", key="lf2"),
        c("oh whoopee doo. while you lot p*ss money up the wall on roads my kids are sleeping in mould. stick your april up your c***", "Gary Nuttall", "lf2", POS, [MOD], [AB, PA],
          "Obscene comment (asterisked c-word) aimed at the councillors."),
        c("Shut up Gary nobody cares, you thick gormless muppet. Some of us actually drive on that road", "Wayne Crisp", "lf2", POS, [MOD], [PA],
          "Abusive comment by one resident at another, on the councillor's page."),
        p("Thank you to everyone who donated to the Ebbsmere warm space appeal: we raised £2,340.", F, note="Page owner's post.", key="lf3"),
        c("Lovely to see. Well done all.", "Margaret Stiles", "lf3", HN, note="Civil comment."),
    ]),
    acct("@GwenForSallowfield", "facebook", MOD, [
        p("Bus 12 and 14 cuts: I'm putting an amendment to the budget to save them. If these routes matter to you, tell me how you use them.",
          F, [], [MOD], "Page owner's post.", key="gp1"),
        c("Use the 14 every day to get to work. If it goes I'll have to give up my job. Please keep fighting.", "Dionne Achterberg", "gp1", HN, note="Civil comment."),
        c("Venn doesn't care because she's fiddling her expenses to pay for her own taxis. Someone should look into it.", "Clive Marwood", "gp1", POS, [MOD], [DEF, PA],
          "Defamatory allegation of expenses fraud against a named councillor."),
        c("This budget is an absolute joke and the cabinet should hang their heads in shame.", "Roy Enderby", "gp1", HN,
          note="Robust criticism of a budget and the cabinet; not abusive."),
        p("Repair café this Saturday at Sallowfield Library, 10 till 1.", F, [], [MOD], "Page owner's post.", key="gp2"),
        c("Never mind the toasters love, come round and sort my pipes 😉 I'd give you a proper seeing-to", "Shaun Tebbit", "gp2", POS, [MOD], [AB, PA, EQ],
          "Sexually obscene comment aimed at the councillor."),
        p("Hedgehog highway: thank you to everyone who cut a hole in their fence! 🦔", F, [], [MOD], "Page owner's post.", key="gp3"),
        c("We've had three visiting our garden this week!", "Hannah Oduya", "gp3", HN, note="Civil comment."),
        c("Greens and their bloody hedgehogs. Get a real job you smug tree-hugging parasite.", "Neil Strudwick", "gp3", POS, [MOD], [PA, AB],
          "Abusive comment aimed at the councillor."),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative account (civil or critical comments only)
    # ------------------------------------------------------------------
    acct("@OliverSpratlingInd", "facebook", MOD, hn=True, rows=[
        p("Marsh Lane flooding update: the pumps have run since Tuesday and the Environment Agency will attend Thursday's residents' meeting.",
          HN, note="Page owner's post.", key="os1"),
        c("Three floods in four years. Talk is cheap, we need the culvert fixed.", "Bernard Quinnell", "os1", HN, note="Critical comment; civil."),
        c("The county's handling of this has been a shambles from start to finish and the cabinet member should be ashamed.", "Fay Underhill", "os1", HN,
          note="Robust criticism of handling; mirrors RULES.md's example of robust, permitted criticism."),
        p("The defibrillator outside the post office is now registered with the ambulance service.", HN, note="Page owner's post.", key="os2"),
        c("Thank you Oliver, and thanks to the Neighbours group for all the fundraising.", "Pat Hollings", "os2", HN, note="Civil comment."),
        p("I voted against parking charges at the Marsh Road car park. My reasons are set out on this page.", HN, note="Page owner's post.", key="os3"),
        c("Disagree with you on this one Oliver. The car park is full of commuters all day and locals can't get a space. Charges would fix that.", "Ian Westacott", "os3", HN,
          note="Disagrees with the councillor directly; civil."),
        c("Weak. You promised at the election you'd sort the parking and you've done nothing but talk.", "Lisa Carrow", "os3", HN,
          note="Sharp criticism of the councillor's record; not abusive, obscene or defamatory."),
    ]),
]

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def weekday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def schedule(acc, rng):
    """Timestamps for one account: posts spread over weeks, comments the same day after their post."""
    posts = [r for r in acc["rows"] if r["kind"] == "post"]
    n_comments = {}
    for r in acc["rows"]:
        if r["kind"] == "comment":
            n_comments[r["parent"]] = n_comments.get(r["parent"], 0) + 1
    for attempt in range(100):
        maxgap = max(3, 9 - attempt // 10)
        d = weekday(START + dt.timedelta(days=rng.randint(0, 14)))
        days = []
        for i, _ in enumerate(posts):
            if i:
                d = weekday(d + dt.timedelta(days=rng.randint(2, maxgap)))
            days.append(d)
        if days[-1] <= END:
            break
    else:
        raise SystemExit("could not schedule " + acc["author"])
    times = {}
    for r, day in zip(posts, days):
        if n_comments.get(r["key"]):
            hour = rng.randint(8, 13)
        else:
            hour = rng.randint(8, 18)
        t = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=dt.timezone.utc)
        r["_t"] = t
        if r["key"]:
            times[r["key"]] = t
    for r in acc["rows"]:
        if r["kind"] == "comment":
            t = times[r["parent"]] + dt.timedelta(minutes=rng.randint(12, 75))
            times[r["parent"]] = t
            r["_t"] = t


def verdict(rules):
    v = "ok"
    for rule in rules:
        s = SEVERITY[rule]
        if ORDER[s] > ORDER[v]:
            v = s
    return v


def main():
    rng = random.Random(SEED)
    out = []
    for acc in ACCOUNTS:
        schedule(acc, rng)
        for r in acc["rows"]:
            fam = "hard_negative" if (acc["hn"] or r["kor"] == HN) else acc["pattern"]
            row = {
                "id": None,
                "text": r["text"],
                "author": acc["author"],
                "created_at": r["_t"].isoformat(),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
                "expect": {"rules": r["rules"], "allowed": r["allowed"],
                           "verdict": r["verdict"] or verdict(r["rules"])},
                "family": fam,
                "account_pattern": acc["pattern"],
                "kind_of_row": r["kor"],
                "note": r["note"],
            }
            if r["kind"] == "comment":
                row["commenter"] = r["commenter"]
                row["in_reply_to"] = r["parent"]
            out.append((row, r["key"]))
    rng.shuffle(out)
    key_to_id = {}
    for i, (row, key) in enumerate(out, 1):
        row["id"] = "B15-A-%04d" % i
        if key:
            key_to_id[key] = row["id"]
    with open(HERE / "accounts.jsonl", "w", encoding="utf-8") as f:
        for row, _ in out:
            if "in_reply_to" in row:
                row["in_reply_to"] = key_to_id[row["in_reply_to"]]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows from %d accounts" % (len(out), len(ACCOUNTS)))


if __name__ == "__main__":
    main()
