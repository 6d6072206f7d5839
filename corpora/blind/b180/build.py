#!/usr/bin/env python3
"""Build blind set b180 (Yoredale District Council, twelve single-post rules).

Hand-written rows are below. The script (fixed seed) picks each row's author from
the plausible writers, a platform within that platform's length and a weekday
timestamp outside every meeting, shuffles the rows, gives ids B180-0001 onwards,
resolves the {key} cross-references in the notes and writes posts.jsonl.
Running it again writes the same file byte for byte.
"""
import datetime as dt
import json
import os
import random
import re
import tomllib

SEED = 18000
HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = (dt.date(2026, 11, 2), dt.date(2026, 12, 18))

FAM = {
    "OFF": "officers.impartiality",
    "RES": "resources.political-use",
    "POS": "position.improper-advantage",
    "GIF": "gifts.hospitality",
    "CAP": "capacity.council-voice",
    "INS": "confidentiality.insider-advantage",
    "PRE": "predetermination.closed-mind",
    "INT": "interests.declared-interest",
    "DAT": "data-protection.personal-data",
    "SEC": "security.credentials",
    "DIS": "confidentiality.disclosure",
    "TON": "tone.irony-risk",
}
# short names for extra expected / allowed rules
ALIAS = dict(FAM)
ALIAS.update({
    "ATT": "respect.personal-attack",
    "DEF": "defamation.allegation",
    "BUL": "bullying.intimidation",
    "HAS": "haste.pause-before-posting",
})
FIXED_SEV = {"OFF": "review", "RES": "review", "POS": "review", "CAP": "review",
             "INS": "review", "INT": "review", "TON": "advice", "SEC": "block"}

# ---------------------------------------------------------------- councillors
# handle: (name, party, ward, sex, committees, cabinet, first-name variants)
CLLR = {
    "@RobAldersonDA":     ("Rob Alderson", "DA", "Garsby", "M", "", True, ["Rob", "Robert"]),
    "@JennyIvesonGarsby": ("Jenny Iveson", "DA", "Garsby", "F", "PL", False, ["Jenny"]),
    "@HilaryKearton":     ("Hilary Kearton", "DA", "Kettlewick", "F", "", True, ["Hilary"]),
    "@NadiaHussainVP":    ("Nadia Hussain", "VP", "Kettlewick", "F", "L", False, ["Nadia"]),
    "@GrahamThwaitesDA":  ("Graham Thwaites", "DA", "Brackengill", "M", "", True, ["Graham"]),
    "@DaveFawcettVP":     ("Dave Fawcett", "VP", "Brackengill", "M", "L", False, ["Dave", "David"]),
    "@ChairSueHarker":    ("Susan Harker", "DA", "Scarthdale", "F", "", False, ["Sue", "Susan"]),
    "@RuthDinsdaleGreen": ("Ruth Dinsdale", "FDG", "Scarthdale", "F", "L", False, ["Ruth"]),
    "@IanPeacockCllr":    ("Ian Peacock", "DA", "Aysthorpe", "M", "P", False, ["Ian"]),
    "@LeeSpensleyVP":     ("Lee Spensley", "VP", "Aysthorpe", "M", "PL", False, ["Lee"]),
    "@MaggieRawDales":    ("Maggie Raw", "DA", "Hawkslack", "F", "", True, ["Maggie", "Margaret"]),
    "@JohnKirkbrideInd":  ("John Kirkbride", "IND", "Hawkslack", "M", "PL", False, ["John"]),
    "@TomCalvertDA":      ("Tom Calvert", "DA", "Cotterby", "M", "PL", False, ["Tom"]),
    "@KerryGuyVP":        ("Kerry Guy", "VP", "Cotterby", "F", "P", False, ["Kerry"]),
    "@PaulLambertVP":     ("Paul Lambert", "VP", "Ravensgill", "M", "PL", False, ["Paul"]),
    "@BillHirdYI":        ("Bill Hird", "YI", "Ravensgill", "M", "P", False, ["Bill"]),
    "@AnnaClarksonGreen": ("Anna Clarkson", "FDG", "Skelthwaite", "F", "P", False, ["Anna"]),
    "@WendyGarnettYI":    ("Wendy Garnett", "YI", "Skelthwaite", "F", "L", False, ["Wendy"]),
}
PERSONAL = {"@dalesbirder_paul": "@PaulLambertVP", "@swaledale_tups": "@WendyGarnettYI"}
CHAIRMAN = "@ChairSueHarker"

# role words in a text that exclude the role holder as author
ROLES = {
    "@RobAldersonDA": r"\b(?:the|our|The|Our) Leader\b|\bLeader's\b|t'Leader",
    "@HilaryKearton": r"(?i:deputy leader|cabinet member for finance|finance lead)",
    "@GrahamThwaitesDA": r"(?i:cabinet member for environment)",
    "@MaggieRawDales": r"(?i:cabinet member for tourism)",
    "@ChairSueHarker": r"\bChairman\b",
    "@IanPeacockCllr": r"(?i:chair of planning|planning chair)",
    "@TomCalvertDA": r"(?i:chair of licensing)",
    "@DaveFawcettVP": r"(?i:leader of the progressives|progressives' leader)",
    "@BillHirdYI": r"(?i:chair of scrutiny|chairing scrutiny)",
}
# topics of registered interests: the holder never writes a post touching them
# unless the row names the author by hand
INTEREST_TOPICS = {
    "@RobAldersonDA": r"\bmart\b|auction|livestock market",
    "@WendyGarnettYI": r"breeders",
    "@TomCalvertDA": r"gallops|racing|stables|\braces\b|catterick|wetherby",
    "@DaveFawcettVP": r"quarry|scar lime|hgv",
    "@ChairSueHarker": r"holiday[ -]let|holiday cottage|second home|airbnb|bolt-hole",
    "@JohnKirkbrideInd": r"fell rescue",
    "@NadiaHussainVP": r"traders|pitch fee|market fee",
    "@LeeSpensleyVP": r"caravan|\bstatic\b",
    "@KerryGuyVP": r"village hall",
    "@PaulLambertVP": r"broadband",
    "@BillHirdYI": r"silver band",
    "@MaggieRawDales": r"high pasture|next to my farm",
    "@GrahamThwaitesDA": r"plant hire|gritting contract|gritting bid",
    "@RuthDinsdaleGreen": r"land trust|old scarthdale school",
    "@IanPeacockCllr": r"housing association|yoredale housing|affordable homes",
}

MEETINGS = []
with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
    next(fh)
    for line in fh:
        title, start, end = line.strip().rsplit(",", 2)
        MEETINGS.append((dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)))

# ---------------------------------------------------------------- rows
ROWS = []


def R(key, fam, kind, text, extra=(), allow=(), v=None, by="ALL", interest=None,
      dates=None, hrs=(8, 18), how="", note=""):
    """kind: p positive, h hard negative, f filler."""
    ROWS.append(dict(key=key, fam=fam, kind=kind, text=text, extra=list(extra),
                     allow=list(allow), v=v, by=by, interest=interest, dates=dates,
                     hrs=hrs, how=how, note=note))

# ================================================================ officers.impartiality
R("off-p01", "OFF", "p", "I've told Hannah Mudd straight: that recommendation on the Skelthwaite barn conversions wants rewriting before it comes anywhere near committee, or I'll be raising it with the Chief Exec. Officers work for us, not the other way round.",
  how="plain", note="Presses a named senior planning officer to rewrite her recommendation and threatens escalation (3.1). Compare the councillor who asks questions to understand a report, {off-h03}.")
R("off-p02", "OFF", "p", "Funny how every licensing report Diane Stubbs writes seems to land just where the Dales Alliance wants it. Just saying. 🤔",
  allow=["DEF", "TON"], by="OPP", how="insinuation",
  note="Questions a named officer's political neutrality in public by insinuation. Defamation and irony allowed. Contrast {off-h09}, the same officer named helpfully.")
R("off-p03", "OFF", "p", "Yon lad in planning enforcement wants to think on whose side he's on. Three visits to a farmer's laithe and nowt done about the static caravans at the top of the dale.",
  how="dialect; role not name", note="Dales dialect; the enforcement officer is identifiable by role and his neutrality is questioned. Contrast {off-h08}, which blames the budget, not the officer.")
R("off-p04", "OFF", "p", "Lovely turnout at the Brackengill litter pick, thank you all! 🧤 On another note, I'll be having words with Keith Brunskill about why the gritter skips Scar Lane every single winter. Maybe if his lot lived up here they'd bother.",
  by="W:Brackengill", how="buried", note="Civil ward post with a public swipe at a named head of service buried in the middle. Contrast the thanks to the same officer, {off-h01}.")
R("off-p05", "OFF", "p", "The s151 officer can 'advise' all he likes. Stephen, you WILL find the money for Garsby pool, or you can explain to 2,000 residents why not.",
  allow=["BUL"], by="OPP", how="pressure on advice",
  note="Publicly pressures the s151 officer to change his financial advice; intimidation allowed. Contrast fair questioning at scrutiny, {off-h11}.")
R("off-p06", "OFF", "p", "Our press office has turned into the Leader's fan club. Every release Lucy Wharton signs off has his face on it. Officers are meant to be neutral, Lucy.",
  allow=["ATT"], by="OPP", how="neutrality questioned", note="Accuses the named Head of Communications of partisanship. Contrast {off-h18}, where the target is the cabinet member's policy.")
R("off-p07", "OFF", "p", "Officers advise, members decide. I've made it very clear to Joanne Cockfield that I expect the Pratt family in Cotterby to go to the top of the housing list. End of.",
  allow=["POS", "DAT"], how="pressure; favour", note="Tells a named officer how to allocate housing; improper advantage and a service user's data allowed. Contrast {pos-h06}, the councillor who refuses to lean on the list.")
R("off-p08", "OFF", "p", "Memo to 'Captain No' in the licensing office: your job is to apply the policy, not to decide which pubs you fancy. Everybody in Kettlewick knows who I mean.",
  allow=["ATT"], how="coded nickname", note="A nickname plus 'everybody knows who I mean' identifies the officer. Contrast {off-h17}, questioning the Licensing Manager properly at committee.")
R("off-p09", "OFF", "p", "The viability report on affordable housing said 30% in September. Now it says 15%, after the Leader's office 'had a look'. Who rewrote it, Mark? Officers shouldn't be marking cabinet's homework.",
  allow=["DEF"], by="OPP", how="report integrity", note="Publicly suggests the Head of Planning bent a report to political pressure. Contrast asking for the workings, {off-h14}.")
R("off-p10", "OFF", "p", "Update for Aysthorpe folk: emailed Craig Tennant for the FOURTH time about the skip yard off Beck Lane. If enforcement can't manage a simple stop notice I'll be asking why he's still in post. Chief Exec copied in.",
  allow=["BUL"], by="W:Aysthorpe", how="threat to job", note="Names the enforcement officer and questions his job in public. Contrast {off-h12}, which defends the planners over delays.")
R("off-p11", "OFF", "p", "Huge thanks to our Head of Environmental Services for the inspired idea of moving Garsby's bin day to market day. Genius. Try living here, Keith. 👏",
  allow=["TON"], by="OPP", how="sarcastic", note="Mock praise of a named officer; irony allowed. Contrast the sincere thanks in {off-h01}.")
R("off-p12", "OFF", "p", "Sam Tiplady's tourism strategy reads like it was copied from somewhere with a beach and a pier. Not good enough from a senior officer, and I'll be saying so.",
  how="plain", note="Public criticism of a named officer's work. Contrast {off-h16}, the warm send-off for the same officer.")
R("off-p13", "OFF", "p", "Told the planners their report on the Townfoot car park should say the traffic survey's flawed. If it doesn't say that by Friday, I'll want to know who stopped it.",
  how="pressure on report content", note="Tries to dictate the content of an officer report (3.1). Contrast {off-h14}, asking for the workings.")
R("off-p14", "OFF", "p", "Good to hear Hannah in planning agrees with us privately that the Local Plan housing number's too high. Shame she can't say it on the record 😉",
  allow=["DIS"], by="OPP", how="drags officer into politics", note="Attributes a political view to a named officer, compromising her neutrality; a private remark disclosed, so disclosure allowed. Contrast {off-h07}.")
R("off-p15", "OFF", "p", "Sithee, if t'council's lawyer can't tell t'difference between a bridleway and a farm track, happen she'd best come up Hawkslack and walk it wi' me. Three year this has been going on.",
  by="W:Hawkslack", how="dialect; role", note="Belittles the council's lawyer (identifiable by role) in dialect. Contrast {off-h05}, welcoming the Monitoring Officer.")
R("off-p16", "OFF", "p", "After the shambles over the Christmas market licence, I'm calling for the Licensing Manager to be moved on. Three years of excuses and the traders are fed up.",
  allow=["ATT"], how="calls for removal", note="Calls for a named post-holder's removal in public. Contrast {off-h10}, criticising a panel's decision on pay.")
R("off-p17", "OFF", "p", "#StubbsOut is the only hashtag Kettlewick needs this week.",
  allow=["ATT"], how="hashtag, surname only", note="Short hashtag campaign against the Licensing Manager by surname. Contrast {off-h09}.")
R("off-p18", "OFF", "p", "Worth knowing the officer who wrote the Scarthdale parking review stood for the Progressives back in 2019. Make of that what you will.",
  allow=["DAT"], by="!VP", how="neutrality by innuendo", note="Impugns an identifiable officer's neutrality via past political activity (also special-category data, allowed). Contrast {off-h15}.")

R("off-h01", "OFF", "h", "Thank you to Keith Brunskill and the bin crews who got round Brackengill in the snow yesterday. Heroes in hi-vis ❄️",
  allow=["OFF"], dates="2026-11-24..2026-12-18", how="thanks to named officer", note="Thanks to a named officer; a careful tool might still look. Twin of {off-p04}.")
R("off-h02", "OFF", "h", "Asked the Head of Planning at committee why the recommendation changed between drafts. Straight answer: highways came back late with new evidence. That's exactly how it should work.",
  allow=["OFF"], dates="2026-11-11..2026-12-18", how="questioning to understand", note="Questioning an officer to understand a report is what 3.1 permits. Twin of {off-p01}.")
R("off-h03", "OFF", "h", "The planning report on the Skelthwaite chapel conversion runs to 40 pages and I've still got questions. Meeting the case officer Thursday to go through them properly.",
  allow=["OFF"], how="questioning to understand", note="Seeks understanding, presses for nothing. Twin of {off-p01}.")
R("off-h04", "OFF", "h", "Who's this council working for? Not Garsby. Cabinet cut the bus subsidy and left half the dale stranded.",
  by="OPP", how="policy", note="Robust policy criticism aimed at cabinet; no officer. Shares the 'whose side' framing with {off-p03}.")
R("off-h05", "OFF", "h", "Welcome to Farida Malik, our new Monitoring Officer. Looking forward to working with you, and sorry about the weather 🌧️",
  allow=["OFF"], how="welcome", note="Welcome to a named officer. Twin of {off-p15}.")
R("off-h06", "OFF", "h", "Don't shoot the messenger. The lads on the tip gate are following a policy cabinet set. Take it up with cabinet, not them.",
  how="defends staff", note="Defends unnamed staff and points at policy. Contrast {off-p11}.")
R("off-h07", "OFF", "h", "Officers' advice on the chapel conversion was clear and I followed it. Didn't like the answer, but that's not on them.",
  allow=["OFF"], how="officer advice quoted", note="Reports following officer advice; no pressure. Contrast {off-p14}.")
R("off-h08", "OFF", "h", "One enforcement officer for 500 square miles of dale. That's not a staffing problem, it's a budget choice, and it's the wrong one.",
  how="policy", note="Criticises resourcing, not the officer. Twin of {off-p03}.")
R("off-h09", "OFF", "h", "Diane Stubbs from licensing is at Kettlewick library Tuesday 10 till 12 to help landlords with the new forms. Pop in, she's very helpful.",
  allow=["OFF"], how="named officer, helpful", note="Names the officer attacked in {off-p02} and {off-p17}, positively.")
R("off-h10", "OFF", "h", "The Chief Executive's pay rise is indefensible when staff got 2%. That was the appointments panel's decision, and I voted against it.",
  allow=["OFF"], by="OPP", how="decision criticised", note="Attacks a members' decision about an officer's pay, not the officer. Twin of {off-p16}.")
R("off-h11", "OFF", "h", "Scrutiny asked Stephen Routh some tough questions on reserves yesterday and he gave straight answers. That's what scrutiny's for.",
  allow=["OFF"], dates="2026-11-24", how="scrutiny", note="Fair questioning of the s151 officer in the proper forum. Twin of {off-p05}.")
R("off-h12", "OFF", "h", "If you've waited months for a planning decision, it's not the officers dragging their feet. We've lost four planners and cabinet hasn't replaced them.",
  by="OPP", how="defends officers", note="Defends officers and blames cabinet. Twin of {off-p10}.")
R("off-h13", "OFF", "h", "Useful walk round the Brackengill play area with the parks officer this morning. New swings ordered for spring 🎉",
  hrs=(10, 18), how="working with officers", note="Ordinary joint work with an unnamed officer. Contrast {off-p04}.")
R("off-h14", "OFF", "h", "Asked officers for a written note on how the Townfoot car park charges were worked out. Residents deserve to see the sums, and I'll share it when I get it.",
  allow=["OFF"], how="asks for workings", note="Legitimate request to understand; no attempt to change the answer. Twin of {off-p13} and {off-p09}.")
R("off-h15", "OFF", "h", "Someone's sprayed 'planners are bent' on the bus shelter by the mart. Not on. Our planning staff do a hard job by the book and they don't deserve that.",
  allow=["OFF"], how="quotes abuse to condemn", note="Quotes graffiti to condemn it and defends staff. Contrast {off-p18}.")
R("off-h16", "OFF", "h", "Sam Tiplady is off to pastures new after six years. Brilliant tourism officer, proper dalesman, will be missed. Good luck Sam!",
  allow=["OFF"], how="farewell", note="Warm farewell to the officer criticised in {off-p12}.")
R("off-h17", "OFF", "h", "Asked the Licensing Manager at committee why the noise conditions were so light. Her answer made sense once she took us through the policy. Learned something.",
  allow=["OFF"], dates="2026-11-20..2026-12-18", how="questioning to understand", note="Questioning in committee, accepting the answer. Twin of {off-p08}.")
R("off-h18", "OFF", "h", "The waste policy's a dog's dinner and the cabinet member should be embarrassed. Three-weekly bins in a tourist town in August? Come off it.",
  by="OPP", how="policy", note="Harsh but aimed at policy and a councillor, not an officer. Contrast {off-p06} and {off-p11}.")

# ================================================================ resources.political-use
R("res-p01", "RES", "p", "Leaflets for May are hot off the press 🗳️ Big thanks to the print room at the council offices for squeezing us in between the agendas! #DalesAlliance",
  by="DA", how="plain", note="Party leaflets printed by the council print room (7.2b). Contrast {res-h17}, party-paid leaflets.")
R("res-p02", "RES", "p", "Canvassing Garsby tonight! Meet in committee room 2 at 5, I've booked it through members' services. Rosettes provided 🌹 #ValleyProgressives",
  by="VP", hrs=(8, 15), how="council room for canvassing", note="Council room booked for party canvassing. Contrast {res-h04}, meeting at the village shop.")
R("res-p03", "RES", "p", "Want a Progressives window poster for May? Email me at my council address and I'll drop one round 📮",
  by="VP", how="council email", note="Council email used for party campaigning. Contrast {res-h05}, which keeps the two apart.")
R("res-p04", "RES", "p", "Typing this on my council iPad between meetings: the Dales Alliance has done more for Kettlewick in four years than the last lot did in twenty. Vote for us in May! 💙",
  by="DA", how="council equipment", note="Campaign message sent from council equipment, said outright. Contrast {res-h11}.")
R("res-p05", "RES", "p", "Thanks to the council's comms team for designing our group's Christmas card. Looks fab! 🎄 Merry Christmas from all the Dales Alliance councillors.",
  allow=["OFF"], by="DA", dates="2026-12-01..2026-12-18", how="staff time", note="Officer time on party material; officers' neutrality allowed. Contrast {res-h10}.")
R("res-p06", "RES", "p", "Our Greens petition against the quarry extension is at the council reception desk in Garsby. Pop in and sign it on your way past! 💚",
  by="@RuthDinsdaleGreen", how="council premises", note="Party petition hosted at council reception. The author is not on planning, so no predetermination. Contrast {res-h18}.")
R("res-p07", "RES", "p", "Using the council franking machine for our newsletter is saving the party a fortune. Don't tell Stephen 🤫",
  how="council equipment, jokey", note="Party post franked by the council, as a joke that is still a confession. Contrast {res-h16}.")
R("res-p08", "RES", "p", "Team meeting Thursday in the canteen at Kettlewick depot, the lads say we can have it after hours. May campaign planning, bring biscuits! #DalesAlliance",
  by="DA", how="council building", note="Council depot used for campaign planning. Contrast {res-h12}, a hall hired from party funds.")
R("res-p09", "RES", "p", "Independents' survey is up on the council's consultation portal for a few more days (cheers to a mate in IT for sorting that!). Party members, fill it in 👇",
  allow=["OFF"], by="YI", how="council IT", note="Party survey on the council's portal via a favour from IT. Contrast {res-h08}.")
R("res-p10", "RES", "p", "Afternoon ringing round supporters from the phones in the members' room. Cheaper than my mobile and the tea's free ☕ #Progressives2027",
  by="VP", how="council phones", note="Council phones for party phone-banking. Contrast {res-h09}.")
R("res-p11", "RES", "p", "Photos from our Greens campaign launch in the council chamber 🌱 Thanks to the civic office for opening up on a Saturday for us!",
  by="FDG", how="council chamber", note="Party launch in the chamber with civic staff opening up. Contrast {res-h02}.")
R("res-p12", "RES", "p", "Vote Alderson, Iveson and the whole Dales Alliance team in Garsby! (Printed on the council's plotter, so if it's wonky blame the budget cuts 😂)",
  by="DA", how="aside in brackets", note="The resource use is in a jokey aside. Contrast {res-h15}.")
R("res-p13", "RES", "p", "Who can help stuff envelopes Saturday? I've got 3,000 addresses off the council's garden waste subscriber list we can use for the mailshot.",
  allow=["DAT"], how="council data", note="Council-held personal data used for campaigning (7.2a and b); data protection allowed. Contrast {dat-h18}.")
R("res-p14", "RES", "p", "Pool car's booked for Friday so I'll do the Cotterby leafleting run in that. Every penny saved goes to the campaign! 🚗",
  how="council transport", note="Council pool car for leafleting. Contrast {res-h13}, the pool car on council business.")
R("res-p15", "RES", "p", "New Dales Alliance leaflet has the council crest on the front so folk know we mean business 💪",
  allow=["CAP"], by="DA", how="council logo", note="Council crest on a party leaflet; capacity allowed. Contrast {res-h15}.")
R("res-p16", "RES", "p", "Shared our party conference speech on the council's Facebook page. Brilliant reach, 4,000 views! 👏",
  allow=["CAP"], how="council channel", note="Party content on the council's own page. Contrast {res-h14}.")
R("res-p17", "RES", "p", "Busy day! Surgery this morning, then back to the civic centre to draft our campaign leaflet with a bit of help from the policy officer, then out knocking doors in Cotterby.",
  allow=["OFF"], hrs=(12, 18), how="buried in a day's diary", note="Officer help with a campaign leaflet, buried in a diary post. Contrast {res-h07}, officer briefing on council business.")
R("res-p18", "RES", "p", "Nobbut a handful o' leaflets left, so I've run another 500 off on t'photocopier at Garsby offices. Vote Independent, vote for folk who know the dale! 🐑",
  by="YI|IND", how="dialect", note="Dialect; council photocopier for election leaflets. Contrast {res-h17}.")

R("res-h01", "RES", "h", "Surgery at Brackengill Institute Saturday 10 till 12. Bins, roads, planning, owt else. Kettle's on.",
  by="W:Brackengill", how="ward work", note="Ordinary ward surgery in a community building. Near {res-p02}.")
R("res-h02", "RES", "h", "Council chamber booked for Wednesday evening. For full council, before anyone asks 😄 Budget consultation and the bus motion.",
  allow=["RES"], dates="2026-12-14..2026-12-15", how="chamber for council business", note="The chamber for its proper purpose, joked about. Twin of {res-p11}.")
R("res-h03", "RES", "h", "Our group's Christmas do is at the Black Bull, Garsby, Friday 7pm. Paid for out of members' subs, no council money, no speeches, just mince pies 🥧",
  dates="2026-12-01..2026-12-17", how="party, own money", note="Party social paid by the party; mentions council money only to deny it. Near {res-p05}.")
R("res-h04", "RES", "h", "Canvassing in Aysthorpe Saturday with the Progressives. Meet at the village shop, 10am. Bring a brolly, it's the dales.",
  by="VP", how="canvassing, no resources", note="Campaigning with no council resource. Twin of {res-p02}.")
R("res-h05", "RES", "h", "Reminder: my council email is for casework. If you want to talk party politics, use my party address: lee.progressives@example.org",
  allow=["RES"], by="@LeeSpensleyVP", how="keeps them apart", note="Separates council and party email. Twin of {res-p03}.")
R("res-h06", "RES", "h", "Cabinet signed off the new members' IT policy last night: council laptops for council work only. Quite right too.",
  dates="2026-11-12", how="policy report", note="Reports the rule, breaks none. Near {res-p04}.")
R("res-h07", "RES", "h", "Asked the policy officer for a briefing on the waste contract so I can scrutinise it properly. That's what they're there for, and it's council business.",
  allow=["RES"], how="officer time, council business", note="Officer support for council work is proper. Twin of {res-p17}.")
R("res-h08", "RES", "h", "The council's printing a leaflet with the new bin calendar. Look out for it through your letterbox next week 🗑️",
  how="council publicity", note="Council printing for council business. Near {res-p09}.")
R("res-h09", "RES", "h", "Campaign HQ is my front room, my printer and my kitchen table. Tea's on, volunteers welcome from 10. #DalesAlliance",
  by="DA", how="own resources", note="Campaigning with the councillor's own kit. Twin of {res-p10}.")
R("res-h10", "RES", "h", "I've complained to the Monitoring Officer that the council's 'residents' newsletter' looks a lot like a Dales Alliance leaflet. Council comms must stay neutral before May.",
  allow=["RES"], by="OPP", how="complains about misuse", note="Raises misuse properly rather than committing it. Twin of {res-p05}.")
R("res-h11", "RES", "h", "Party conference was great. Back to casework on Monday: 43 emails in the council inbox and counting 😅",
  allow=["RES"], how="party and council side by side", note="Mentions party and council inbox, but the inbox is for casework. Twin of {res-p04}.")
R("res-h12", "RES", "h", "Progressives AGM in Kettlewick Methodist hall, hired for £25 from the party account. All members welcome, Thursday 7pm.",
  by="VP", how="hired, party funds", note="Party meeting in a hired hall. Twin of {res-p08}.")
R("res-h13", "RES", "h", "Took the council pool car to the Hawkslack flood meeting. Council business, logged, and it handles the Buttertubs road better than my old Fiesta.",
  allow=["RES"], how="pool car, council business", note="Proper use of the pool car. Twin of {res-p14}.")
R("res-h14", "RES", "h", "Register to vote before the deadline if you've moved house. Details on the council's elections page. Every vote counts in May.",
  how="neutral civic", note="Neutral registration reminder; no party. Near {res-p16}.")
R("res-h15", "RES", "h", "Someone asked why our leaflet hasn't got the council logo on it. Because it's a party leaflet, and that'd be against the rules. Simple as.",
  allow=["RES"], how="explains the rule", note="Names the rule it keeps. Twin of {res-p15} and {res-p12}.")
R("res-h16", "RES", "h", "Members' room printer's broken AGAIN. All I wanted was the planning agenda 🙃",
  how="council kit, council work", note="Council printer for council papers. Near {res-p07}.")
R("res-h17", "RES", "h", "Leaflets written, printed and paid for by the Greens. Thanks to the volunteers who walked every lane in Skelthwaite in the sleet 💚",
  by="FDG", how="party-paid", note="Party leaflets at party cost. Twin of {res-p01} and {res-p18}.")
R("res-h18", "RES", "h", "Council offices are a warm space Monday to Friday this winter. Pop in for a brew and a natter, no questions asked ☕",
  how="council service", note="Council building used for a council service. Near {res-p06}.")

# ================================================================ position.improper-advantage
R("pos-p01", "POS", "p", "As your councillor I can get your planning application looked at quicker. Drop me a message before you submit and I'll have a word. 👍",
  allow=["OFF"], how="plain offer", note="Offers to speed up applications through the role. Twin {pos-h01}.")
R("pos-p02", "POS", "p", "My lad's just started out on his own, Calvert & Son Joinery 🔨 If you're having council grant work done on your house, ask for him. I'll have a word with the grants team.",
  allow=["OFF"], by="@TomCalvertDA", how="own stake: son's firm", note="Steers council-funded work to the councillor's son's firm. Contrast {pos-h17}.")
R("pos-p03", "POS", "p", "Need a skip? Ring our Gary at Dales Skip Hire, 01632 960412. Tell him the councillor sent you and he'll sort the road permit with the council for you, no waiting.",
  how="relative's firm, permit", note="Promotes a relative's firm with a promised shortcut on a council permit. Contrast {pos-h09}, the same firm declared.")
R("pos-p04", "POS", "p", "Parking ticket on market day? DM me your PCN and I'll see what I can do with the parking team 😉",
  allow=["OFF"], how="fixing fines", note="Offers to get penalties cancelled. Twin {pos-h03}.")
R("pos-p05", "POS", "p", "Our Becky needs a Saturday job, and the council's hiring casuals for the tourist info centre. I've put her name forward to the manager, fingers crossed 🤞",
  allow=["OFF"], how="family job", note="Puts a relative forward for a council job. Twin {pos-h07} and {pos-h15}.")
R("pos-p06", "POS", "p", "Managed to bag a trader's parking permit for my sister's café before the scheme opened to everyone else. Perks of sitting on the working group 😄",
  allow=["INS"], how="own stake: sister", note="Uses a working-group seat to get a relative ahead of the public. Insider allowed. Contrast {pos-h18}.")
R("pos-p07", "POS", "p", "Verge-cutting tender's open! Local firms should bid, and I'd particularly recommend my nephew's lot, Kirkbride Agri. Cracking job on the Hawkslack verges last year.",
  by="@JohnKirkbrideInd", dates="2026-11-02..2026-12-03", how="promotes relative in a tender", note="Puts weight behind a relative's firm in a live council tender. Twin {pos-h05}.")
R("pos-p08", "POS", "p", "I know the housing list's long. But if you're a Ravensgill family, message me and I'll make sure your case gets looked at first.",
  allow=["OFF"], by="W:Ravensgill", how="queue-jumping for voters", note="Offers priority in housing to the ward's residents. Twin {pos-h06} and {pos-h08}.")
R("pos-p09", "POS", "p", "Funny how applications move quicker when you know who to ask. Got my extension through in five weeks 😉 Happy to pass on the right names.",
  allow=["OFF"], how="veiled", note="Veiled boast of using connections, offered to others. Contrast {pos-h12}.")
R("pos-p10", "POS", "p", "Still two cottages free for the Christmas market weekend! 🎄 Council staff coming up to help at the market get 20% off, just mention my name when you book.",
  allow=["OFF", "INT"], by="@ChairSueHarker", dates="2026-11-16..2026-12-11", how="own business, staff discount", note="The Chairman promotes her own registered holiday-let business with a discount to council staff. Contrast {pos-h11}.")
R("pos-p11", "POS", "p", "Had a word with the licensing team about my mate's beer garden. Should be sorted by Friday 🍺",
  allow=["OFF"], how="favour for a friend", note="Leans on a regulatory team for a friend. Contrast {pos-h16}.")
R("pos-p12", "POS", "p", "Shop local this Christmas! My husband's farm shop on the Kettlewick road has the best pork pies in the dale, and as your councillor I say that with total impartiality 😂🥧",
  dates="2026-11-16..2026-12-18", how="own stake: spouse's business", note="Promotes her husband's business under her councillor hat, joking about impartiality. Contrast {pos-h02} and {pos-h10}.")
R("pos-p13", "POS", "p", "If your business wants to get on the council's approved suppliers list, I can put in a word with procurement. DM me.",
  allow=["OFF"], how="procurement favour", note="Offers influence over procurement. Contrast {pos-h05}.")
R("pos-p14", "POS", "p", "Tha wants a pitch on Garsby market? Don't bother wi' t'forms. Have a word wi' me and I'll sort it wi' t'market office.",
  allow=["OFF"], how="dialect", note="Dialect; bypass the process through the councillor. Contrast {pos-h01}.")
R("pos-p15", "POS", "p", "Thinking of selling land for housing? I sit on planning and can tell you what'll fly and what won't. Very reasonable rates 😉",
  allow=["INS"], by="PLAN", how="paid advice from the seat", note="Sells access to a planning member's judgement. Contrast {pos-h12}.")
R("pos-p16", "POS", "p", "Great news: Thwaites Plant Hire is now on the council's framework! Fellow councillors, if you need a digger for a ward project, you know where to come 🚜",
  allow=["INT"], by="@GrahamThwaitesDA", how="own business", note="A cabinet member touts his own firm to colleagues for council-funded work. Twin {pos-h11}.")
R("pos-p17", "POS", "p", "Got the council to bump my mum's bathroom adaptation up the list. She's waited long enough, and being a councillor has to count for something.",
  allow=["OFF"], how="own stake: mother", note="Boasts of using the role for a parent's advantage. Contrast {pos-h06}.")
R("pos-p18", "POS", "p", "I'll be objecting to the new house next door to me on Fell Lane, and as a member of the planning committee I'd expect my view to carry a bit of weight 🙂",
  allow=["PRE", "INT"], by="PLAN", how="own stake: neighbour", note="A planning member expects his seat to weigh in his own neighbour dispute. Not on the pending register. Contrast {pos-h14}.")

R("pos-h01", "POS", "h", "As your councillor I can't fast-track your planning application, and nobody else should either. What I can do is explain how it works and who to ring. Message me.",
  allow=["POS"], how="refuses the favour", note="Shares 'as your councillor' and 'fast-track' with {pos-p01} but refuses.")
R("pos-h02", "POS", "h", "Shop local this Christmas! Garsby market Thursdays: the butcher, the baker and the crumbly cheese man 🧀",
  dates="2026-11-16..2026-12-18", how="shop local, no stake", note="Shop-local with no connection. Twin {pos-p12}.")
R("pos-h03", "POS", "h", "Got a parking ticket? You can appeal online. I can't get it cancelled and I wouldn't try, but I'll happily explain how appeals work.",
  allow=["POS"], how="refuses", note="Twin of {pos-p04}.")
R("pos-h04", "POS", "h", "Family first today: took the grandbairns to the lights switch-on in Kettlewick. Magic ✨",
  dates="2026-11-30..2026-12-18", how="family, no advantage", note="'Family first' without any favour. Near {pos-p05}.")
R("pos-h05", "POS", "h", "Verge-cutting contract is out to tender on the council's procurement portal until 4 December. Local firms, it's worth a look.",
  dates="2026-11-02..2026-12-03", how="published tender", note="Points everyone at a published tender. Twin {pos-p07} and {pos-p13}.")
R("pos-h06", "POS", "h", "Someone asked if I'd 'have a word' about their housing band. No. The allocations policy applies to everyone. What I will do is check your case has been assessed properly.",
  allow=["POS"], how="refuses", note="Twin of {pos-p08} and {pos-p17}.")
R("pos-h07", "POS", "h", "Our lass got a job at the council! Applied, interviewed like everyone else, and didn't tell me while she'd got it. Proud dad 😊",
  allow=["POS"], how="family job, fair", note="A daughter's council job won on merit ('while' = until). Twin {pos-p05}.")
R("pos-h08", "POS", "h", "Who you know shouldn't matter. A fair housing list means some long waits, and I'll back the officers who keep it fair.",
  how="principle", note="Shares 'who you know' with {pos-p09}.")
R("pos-h09", "POS", "h", "For the record: my brother-in-law runs Dales Skip Hire. I've asked to have nothing to do with the waste framework or the skip permits review.",
  allow=["POS"], how="declares a connection", note="Declares a connection and steps back. Twin {pos-p03}.")
R("pos-h10", "POS", "h", "Small Business Saturday 🛍️ Kettlewick's got forty independents. Pick any of them, I'm not allowed favourites 😄",
  dates="2026-11-30..2026-12-04", how="shop local, no stake", note="Twin {pos-p12}.")
R("pos-h11", "POS", "h", "Thwaites Plant Hire is on the council framework. It's my business, it's on my register, I take no part in call-offs, and officers know to keep me out of it.",
  allow=["POS", "INT"], by="@GrahamThwaitesDA", how="declared, stepped back", note="The same firm as {pos-p16}, handled properly.")
R("pos-h12", "POS", "h", "Happy to help with your planning application, in the sense of pointing you at the pre-app service and the Local Plan. That's all any councillor should be doing.",
  how="proper help", note="Twin {pos-p09} and {pos-p15}.")
R("pos-h13", "POS", "h", "Congratulations to Kettlewick Gallops on a winner at Catterick! 🐎 Great for the town.",
  how="congratulations, no stake", note="By a non-holder of the Kettlewick Gallops interest. Near {int-p15}.")
R("pos-h14", "POS", "h", "Fell Lane residents: the application next door to you is open for comments till the 20th. Have your say, for or against.",
  dates="2026-11-02..2026-11-19", how="neutral process", note="Twin {pos-p18}.")
R("pos-h15", "POS", "h", "The council's hiring casuals for the tourist info centres over Christmas. Apply on the jobs page, open to all, interviews next week.",
  how="open recruitment", note="Twin {pos-p05}.")
R("pos-h16", "POS", "h", "I won't 'sort' your fly-tipping fine. I will make sure you know how to challenge it, and I'll chase if there's no answer in 28 days.",
  allow=["POS"], how="refuses", note="Twin {pos-p11}.")
R("pos-h17", "POS", "h", "Proud to see my old firm, Yore Valley Joinery, win Apprentice Employer of the Year. Left in 2019, no links now, but they trained me well 🔨",
  allow=["POS"], how="former employer, no link", note="Twin {pos-p02}.")
R("pos-h18", "POS", "h", "Perks of being a councillor: free tea at every village hall meeting and every pothole complaint in the dale 😂",
  how="joke about perks", note="Shares 'perks' with {pos-p06}.")

# ================================================================ gifts.hospitality
R("gif-p01", "GIF", "p", "What a treat: a case of red from the Yore Valley Chamber of Trade to say thanks for backing the Christmas market 🍷",
  v="advice", dates="2026-12-01..2026-12-18", how="plain, no decision sought", note="Likely over £100, no word of registering; no decision said to be sought, so advice. Contrast {gif-h03}.")
R("gif-p02", "GIF", "p", "A local estate agent treated me and the wife to the tasting menu at that posh place in Harrogate last night, 'for all your help this year'. Very generous! 🍽️",
  v="advice", how="thanks for the role", note="Expensive hospitality given because of the role; advice. Contrast {gif-h05}.")
R("gif-p03", "GIF", "p", "Someone's left a Christmas hamper on my step with a card: 'thanks for all you do, councillor'. Fizz, a whole Stilton, the lot 🎁 Not bad!",
  v="advice", dates="2026-12-01..2026-12-18", how="anonymous hamper", note="Gift because of the role, giver unknown; advice. Contrast {gif-h06}, family presents.")
R("gif-p04", "GIF", "p", "Season badge for Catterick races from a local stables. Can't wait for Boxing Day! 🏇",
  v="advice", how="short", note="Valuable gift, no registration mentioned; advice. Contrast {gif-h15}.")
R("gif-p05", "GIF", "p", "Massive thanks to Dales Coaches for taking me and the other half to their staff do in Edinburgh. Cracking weekend 🥃",
  v="advice", how="trip", note="A weekend away from a local firm; advice because no council decision is said to be sought (arguably review if the firm holds transport contracts). Contrast {gif-h02}.")
R("gif-p06", "GIF", "p", "Day's shooting on the Ravensgill Moor estate Saturday, with lunch, all on the house. Not worth troubling the Monitoring Officer over 😉",
  v="advice", how="says it won't register", note="High-value hospitality and an explicit intention not to register (10.2). Contrast {gif-h09}.")
R("gif-p07", "GIF", "p", "Big thanks to Swalebank Homes for the hospitality box at Headingley. Great afternoon, great company 🏉",
  v="review", by="!PL", how="pending applicant", note="Hospitality from the applicant for Moor Road Field (10.1); author not on planning. Twin {gif-h01}.")
R("gif-p08", "GIF", "p", "Long lunch at their place in Ripon with the lads from Cross House Inns. They're dead keen to show what they can do with the old building in Kettlewick. Brilliant hosts 🍻",
  v="review", by="!PL", how="pending applicant", note="Hospitality from the listed-building applicant at Market Cross House. Contrast {gif-h10}.")
R("gif-p09", "GIF", "p", "Fellbeat have sent me two VIP weekend passes for next summer 🎸 Think I'll take our lass.",
  v="review", by="!LI&M", how="licence applicant", note="Free passes from the festival seeking a premises licence; author not on licensing. Contrast {gif-h16}.")
R("gif-p10", "GIF", "p", "Wildfell Glamping put us up in one of their pods in the Lakes for the weekend to 'see the concept'. Honestly lovely, hot tub and all ♨️",
  v="review", by="!PL", how="pending applicant", note="A free stay from the Scarth Force Car Park applicant. Twin {gif-h10}, where a planning member declines the same offer.")
R("gif-p11", "GIF", "p", "Dinner and a spa day at a Yoredale Leisure Group hotel with their directors. Could get used to that 🧖",
  v="review", by="!PL", how="pending applicant", note="Hospitality from the Old Creamery hotel applicant. Contrast {gif-h12}.")
R("gif-p12", "GIF", "p", "The folk at Dalesun Energy sent round a case of English fizz to say thanks for meeting them about Cotterby ☀️🥂",
  v="review", by="!PL", how="pending applicant", note="Gift from the solar farm applicant after a meeting about its scheme. Contrast {gif-h13}.")
R("gif-p13", "GIF", "p", "The Vault lads have put £100 behind the bar for me for their birthday night. That won't last long 😂🍻",
  v="review", by="!LI", how="licence applicant", note="A bar tab from the bar seeking a 2am licence. Twin {gif-h16}.")
R("gif-p14", "GIF", "p", "Thanks to Northfell Environmental for the hospitality at the match Saturday. Hope to see them bidding for our waste contract in the spring!",
  v="review", how="prospective bidder", note="Hospitality from a firm that wants a council contract, and says so. Contrast {gif-h02}.")
R("gif-p15", "GIF", "p", "Free weekend in a Pennine Retreats cottage as thanks for showing them round Aysthorpe. Rude to say no 😉",
  v="review", by="!PL", how="pending applicant", note="Free stay from the Aysthorpe Mill applicant. Contrast {gif-h13}.")
R("gif-p16", "GIF", "p", "Scar Lime sent all the Brackengill ward councillors a Christmas hamper. Nice touch from a good local employer 🎄",
  v="review", by="@GrahamThwaitesDA", dates="2026-12-01..2026-12-18", how="pending applicant, kindly framed", note="Hamper from the quarry extension applicant; the author is not on planning and holds no Scar Lime interest. Contrast {gif-h12}.")
R("gif-p17", "GIF", "p", "Dalesway Forecourts have given me a fuel card 'for all my help'. A year's free diesel, I'm only human ⛽",
  v="review", by="!LI", how="licence applicant", note="Large gift from the applicant for Bridge End Stores' 24-hour licence. Contrast {gif-h02}.")
R("gif-p18", "GIF", "p", "Free haircuts for life from the Kettlewick barbers, who are after a pavement licence for their benches. Can't say no to that 💈",
  v="review", how="small business seeking a licence", note="Small-value but ongoing gift from someone seeking a council licence (10.1, irrespective of value). Contrast {gif-h04}.")

R("gif-h01", "GIF", "h", "Swalebank Homes offered me tickets for the rugby. Said no thank you, and I've let the Monitoring Officer know they asked, as the code says.",
  allow=["GIF"], how="refused and reported", note="Refused and reported (10.3). Twin {gif-p07}.")
R("gif-h02", "GIF", "h", "Sent back the case of wine that turned up from a local firm. Kind thought, but that's not how this works.",
  allow=["GIF"], how="returned", note="Returned gift. Twin {gif-p14} and {gif-p05}.")
R("gif-h03", "GIF", "h", "Registered the Chamber of Trade hamper with the Monitoring Officer today. It's going in the Garsby food bank raffle 🎁",
  allow=["GIF"], dates="2026-12-01..2026-12-18", how="registered", note="Registered and passed on. Twin {gif-p01}.")
R("gif-h04", "GIF", "h", "A brew and a slab of parkin at the Brackengill bonfire committee. The perks of office 🔥",
  dates="2026-11-02..2026-11-06", how="trivial hospitality", note="Normal community hospitality. Near {gif-p18}.")
R("gif-h05", "GIF", "h", "Paid my own ticket for the Dales tourism awards dinner, £45 a head. Worth every penny to cheer on our winners 🏆",
  allow=["GIF"], how="paid own way", note="Twin {gif-p02}.")
R("gif-h06", "GIF", "h", "Christmas presents from the family: socks, a calendar and a bottle I'll treasure. Not declarable, before anyone asks 😄",
  allow=["GIF"], dates="2026-12-14..2026-12-18", how="family gifts", note="Family gifts are outside the code. Twin {gif-p03}.")
R("gif-h07", "GIF", "h", "Thank you to everyone who gave to the fell rescue bucket at the mart, £1,240! 🙏",
  how="charity collection", note="Money given to a charity, not to the councillor. Near {gif-p03}.")
R("gif-h08", "GIF", "h", "Free mince pies and a brew at Cotterby chapel's coffee morning. Open to all and very welcome on a day like this ☕",
  dates="2026-11-23..2026-12-18", how="open to all", note="Free to everyone, not because of the role. Near {gif-p01}.")
R("gif-h09", "GIF", "h", "The gifts and hospitality register for all 18 of us is on the council website. Worth a look, mine included.",
  allow=["GIF"], how="points to register", note="Twin {gif-p06}.")
R("gif-h10", "GIF", "h", "Wildfell Glamping invited planning committee members to stay in one of their pods. I've said no: the application's pending and we'll see the site on the formal visit like everyone else.",
  allow=["GIF", "PRE"], by="PL", how="declined by a committee member", note="A planning member declines hospitality from a pending applicant and gives no view on the merits. Twin {gif-p10}.")
R("gif-h11", "GIF", "h", "Won a hamper in the silver band raffle 🎉 Bought my £5 of tickets fair and square. Who wants a jar of piccalilli?",
  how="won, paid", note="A raffle prize bought like anyone else. Near {gif-p03}.")
R("gif-h12", "GIF", "h", "Had the sandwich lunch at the quarry liaison meeting. Public meeting with residents, and I've noted it on the register anyway, belt and braces.",
  allow=["GIF"], how="modest, registered", note="Modest hospitality at a duty meeting, recorded anyway. Twin {gif-p16} and {gif-p11}.")
R("gif-h13", "GIF", "h", "Free bottle of fizz for me? No ta. If a firm wants to say thanks, give to the Skelthwaite Christmas food appeal instead.",
  allow=["GIF"], how="refused", note="Twin {gif-p12} and {gif-p15}.")
R("gif-h14", "GIF", "h", "Me dad's Christmas cake is the only gift I want. 10/10, better than owt in the shops 🎂",
  dates="2026-12-07..2026-12-18", how="family", note="Near {gif-p03}.")
R("gif-h15", "GIF", "h", "Reminder to colleagues: anything over £100 goes on the register within 28 days. Tup sale season means plenty of kind offers of a dram, so go steady 🥃",
  allow=["GIF"], dates="2026-11-02..2026-11-27", how="reminder", note="Quotes the rule. Twin {gif-p04}.")
R("gif-h16", "GIF", "h", "The Vault offered 'the councillors' a free drinks night. Polite no from me, and it's gone on the register as an offer refused.",
  allow=["GIF"], how="refused and registered", note="Twin {gif-p13} and {gif-p09}.")
R("gif-h17", "GIF", "h", "Thank you Kettlewick Primary for the card the bairns made me. It's on the fridge ❤️",
  dates="2026-12-07..2026-12-18", how="token", note="Token gift. Near {gif-p03}.")
R("gif-h18", "GIF", "h", "After the Remembrance service the Legion put on soup and a sandwich for everyone. Honoured to lay the wreath for Brackengill.",
  dates="2026-11-09..2026-11-13", how="civic hospitality", note="Modest hospitality tied to civic duty. Near {gif-p02}.")

# ================================================================ capacity.council-voice
R("cap-p01", "CAP", "p", "On behalf of Yoredale District Council, congratulations to Skelthwaite Young Farmers on their county title! 🚜🏆",
  by="W:Skelthwaite", how="harmless content, council voice", note="Speaks for the council from a councillor account although the content is harmless. Twin {cap-h01}.")
R("cap-p02", "CAP", "p", "The council's position is clear: second homes are hollowing out the dales and we want them gone.",
  by="NOTCAB", how="plain", note="A personal view stated as the council's position. Twin {cap-h02} and {cap-h14}.")
R("cap-p03", "CAP", "p", "Yoredale Council believes the bus cuts are a disgrace and stands with the people of Cotterby.",
  by="OPP", how="opposition as council", note="An opposition member puts words in the council's mouth, against the administration's own cuts. Twin {cap-h05}.")
R("cap-p04", "CAP", "p", "Official: Yoredale District Council backs my bid to get a bird hide built at Ravensgill Tarn! 🐦",
  by="@dalesbirder_paul", how="personal account", note="Personal hobby account presents a wish as council backing. Twin {cap-h09}.")
R("cap-p05", "CAP", "p", "Yoredale DC supports its tup breeders 100%. Council policy from today: every show in the district gets a Swaledale class 🐑",
  allow=["TON"], by="@swaledale_tups", how="personal account, jokey", note="Personal sheep account announces 'council policy', half in jest; irony allowed. Contrast {cap-h18}.")
R("cap-p06", "CAP", "p", "Speaking for the council: we won't be signing up to the National Park's new dark skies rules. Not in a month of Sundays.",
  by="NOTCAB", how="speaking for", note="Backbencher speaks for the council. Contrast {cap-h10}.")
R("cap-p07", "CAP", "p", "I can confirm the council will be scrapping car park charges in Kettlewick from April.",
  by="NOTCAB", how="announces a decision not made", note="A backbencher 'confirms' a council decision. Twin {cap-h03}, the cabinet member reporting a real decision.")
R("cap-p08", "CAP", "p", "The Dales Alliance IS Yoredale Council, and the council says the mart stays in Garsby. Full stop.",
  by="DA&NOTCAB", how="party as council", note="Party conflated with the council. Contrast {cap-h13}.")
R("cap-p09", "CAP", "p", "Yoredale District Council's official response to the county's bus review: not good enough. Thread 🧵👇",
  by="NOTCAB", how="'official response'", note="Presents a personal thread as the council's official response. Contrast {cap-h07}.")
R("cap-p10", "CAP", "p", "We at the council are disappointed the Scarthdale flood scheme has slipped again. We expect better from the Environment Agency.",
  by="NOTCAB", how="'we at the council'", note="Subtle 'we at the council'. Contrast {cap-h16}, 'on behalf of the ward councillors'.")
R("cap-p11", "CAP", "p", "The council condemns the vandalism at Brackengill war memorial in the strongest possible terms.",
  by="NOTCAB", dates="2026-11-02..2026-11-13", how="statement style", note="Reads as a council press statement from a backbencher. Contrast {cap-h04}.")
R("cap-p12", "CAP", "p", "Message from Yoredale Council to the Government: hands off our hill farm payments! 🚜",
  by="NOTCAB", how="slogan", note="Campaign slogan in the council's name. Contrast {cap-h17}.")
R("cap-p13", "CAP", "p", "It's now council policy: no fireworks on council land, full stop. You heard it here first 🎆",
  by="NOTCAB", dates="2026-11-02..2026-11-05", how="invented policy", note="Announces a 'council policy'. Contrast {cap-h12}.")
R("cap-p14", "CAP", "p", "Folk keep asking where the council stands on the Garsby bypass. I'll tell you: Yoredale District Council will fight it every step of the way. That's our position.",
  by="NOTCAB", how="answers for the council", note="Answers for the council on an undecided question. Twin {cap-h10} and {cap-h07}.")
R("cap-p15", "CAP", "p", "T'council's view hasn't changed: offcomers buying up Skelthwaite for weekend bolt-holes is killing t'dale. Full stop.",
  by="NOTCAB", how="dialect", note="Dialect; a personal view as 't'council's view'. Contrast {cap-h11}.")
R("cap-p16", "CAP", "p", "On behalf of everyone at Yoredale District Council, Merry Christmas and thank you for backing the Greens this year 🎄💚",
  by="FDG", dates="2026-12-07..2026-12-18", how="council voice plus party", note="Mixes the council's voice with party thanks. Contrast {cap-h13}.")
R("cap-p17", "CAP", "p", "Yoredale DC has no confidence in the Chief Constable. I'll be writing to tell her so.",
  by="NOTCAB", how="plain", note="Contrast {cap-h11}.")
R("cap-p18", "CAP", "p", "As a council we've decided the Christmas market moves to Kettlewick next year. Sorry Garsby! 🎄",
  by="NOTCAB", how="'as a council we've decided'", note="Claims a council decision. Contrast {cap-h08}.")

R("cap-h01", "CAP", "h", "From me and Wendy, your Skelthwaite councillors: well done to the Young Farmers on the county title 🚜",
  by="@AnnaClarksonGreen", how="ward voice", note="Same congratulations as {cap-p01}, from the ward members.")
R("cap-h02", "CAP", "h", "Personal view, not the council's: the second homes premium should be higher. Scarthdale can't take much more.",
  allow=["CAP"], how="labelled personal", note="Twin {cap-p02}.")
R("cap-h03", "CAP", "h", "Cabinet agreed last night to freeze Kettlewick car park charges for 2027 (minute 58). Report's on the council website.",
  allow=["CAP"], by="CAB", dates="2026-11-12", how="cabinet member reports decision", note="A real decision reported by a cabinet member with its minute. Twin {cap-p07}.")
R("cap-h04", "CAP", "h", "The Chairman will lay a wreath on behalf of Yoredale District Council at Garsby war memorial on Sunday at 10.50.",
  allow=["CAP"], dates="2026-11-02..2026-11-06", how="civic role", note="The Chairman does act for the council; reported by another member. Twin {cap-p11}.")
R("cap-h05", "CAP", "h", "My party thinks the council's got the bus cuts badly wrong. We'll move a motion at full council on 16 December.",
  by="OPP", dates="2026-11-02..2026-12-15", how="party view labelled", note="Twin {cap-p03}.")
R("cap-h06", "CAP", "h", "Views my own, not the council's: Wensleydale cheese goes with Christmas cake and anyone who says otherwise is wrong 🧀🎂",
  allow=["CAP"], dates="2026-11-23..2026-12-18", how="joke disclaimer", note="Near {cap-p05}.")
R("cap-h07", "CAP", "h", "The council's official position on the bypass is in the cabinet report of 11 November. I disagree with it and I'll say why at scrutiny.",
  allow=["CAP"], by="OPP", dates="2026-11-12..2026-11-20", how="cites real position", note="Twin {cap-p09} and {cap-p14}.")
R("cap-h08", "CAP", "h", "Yoredale District Council has published its draft budget for consultation. Have your say by 15 January.",
  how="fact", note="A published fact. Twin {cap-p18}.")
R("cap-h09", "CAP", "h", "Off-duty account, this. The redwings are back on the Ravensgill rowans and I'm absolutely delighted 🐦",
  by="@dalesbirder_paul", how="personal account, hobby", note="Same personal account as {cap-p04}, no council voice.")
R("cap-h10", "CAP", "h", "What does the council think about the bypass? Nobody knows, because cabinet hasn't decided. What do I think, as one councillor? Build it.",
  allow=["CAP"], by="NOTCAB", how="one councillor", note="Twin {cap-p14} and {cap-p06}.")
R("cap-h11", "CAP", "h", "I'm not the council and I don't speak for it. I speak for Cotterby, and Cotterby says save our bus.",
  by="W:Cotterby", how="disclaims council", note="Twin {cap-p15} and {cap-p17}.")
R("cap-h12", "CAP", "h", "Reposting the council's own statement: all five household recycling centres will stay open this winter. Good news for the dale.",
  allow=["CAP"], how="relays official statement", note="Twin {cap-p13}.")
R("cap-h13", "CAP", "h", "We in the Greens believe every dale deserves a Sunday bus. Not council policy yet, but it will be if we get our way 💚",
  allow=["CAP"], by="FDG", how="party labelled", note="Twin {cap-p08} and {cap-p16}.")
R("cap-h14", "CAP", "h", "The council's policy on second homes is Local Plan policy H7. I think it's far too weak, and here's why 🧵",
  allow=["CAP"], how="cites policy, disagrees", note="Twin {cap-p02}.")
R("cap-h15", "CAP", "h", "Speaking as chair of planning: our committee decides on the evidence, not on Facebook. Please send comments through the portal.",
  allow=["CAP"], by="@IanPeacockCllr", how="office-holder on process", note="The chair of planning speaks about process in his own role. Near {cap-p06}.")
R("cap-h16", "CAP", "h", "On behalf of the Kettlewick ward councillors, thank you to the volunteers who cleared the beck after the flood 🙏",
  by="W:Kettlewick", how="'on behalf of' the ward", note="Twin {cap-p10}.")
R("cap-h17", "CAP", "h", "The Leader has written to the Government on behalf of the council about hill farm payments. Glad he has, and the letter's on the council site.",
  allow=["CAP"], how="reports Leader's letter", note="Twin {cap-p12}.")
R("cap-h18", "CAP", "h", "The council's official Christmas jumper is not a thing, I'm told. Mine's got a Swaledale tup on it anyway 🐑🎄",
  allow=["CAP"], dates="2026-12-01..2026-12-18", how="joke with 'official'", note="Twin {cap-p05}.")

# ================================================================ confidentiality.insider-advantage
R("ins-p01", "INS", "p", "Word to the wise: if you've been thinking about buying on Fell Lane in Garsby, do it before the new year. Can't say why 😉",
  allow=["DIS"], how="veiled tip", note="Hints at non-public knowledge to help buyers. Twin {ins-h01}.")
R("ins-p02", "INS", "p", "A little birdie (who sits in cabinet 😜) says Kettlewick car park charges are going up in April. Get your annual permit now at the old price!",
  allow=["DIS"], by="!CAB", how="birdie", note="Pre-announcement knowledge used for followers' advantage. Twin {ins-h02} and {ins-h07}.")
R("ins-p03", "INS", "p", "Our kid's been after a workshop unit for ages. Told him to get his name down at Brackengill Business Park sharpish, the rents are being frozen before the review goes public.",
  allow=["POS", "DIS"], how="family", note="Knowledge from the role used for a brother. Twin {ins-h11}.")
R("ins-p04", "INS", "p", "If you own land anywhere near Cotterby Moor, hang on to it. That's all I'm saying 🤐",
  how="cryptic", note="Cryptic land tip. Twin {ins-h08}, which points at public documents.")
R("ins-p05", "INS", "p", "Traders, book your Christmas market pitch NOW, before the fees go up. Heard it at group yesterday.",
  allow=["DIS"], how="group meeting", note="Party group knowledge used for traders. Twin {ins-h12}.")
R("ins-p06", "INS", "p", "Told my brother-in-law to get his bid in for the Scarth Force tea room lease before it's advertised. No sense him missing out when I know it's coming up.",
  allow=["POS"], how="family, lease", note="Twin {ins-h17}, the same lease once advertised.")
R("ins-p07", "INS", "p", "Tha's not heard it from me, but if tha's thinking o' selling yon field by t'mart, hold off while spring. Summat's coming that'll double its price.",
  allow=["DIS"], how="dialect", note="Dialect ('while' = until). Hints at the mart land deal without naming the register term 'Mart Field disposal'. Twin {ins-h05}.")
R("ins-p08", "INS", "p", "Mates with holiday lets in Scarthdale: the second homes premium won't be coming in until 2028, whatever the papers say. No need to sell up yet.",
  allow=["DIS"], how="friends", note="Tip for friends from unpublished timing. Twin {ins-h18}.")
R("ins-p09", "INS", "p", "Insider tip for landlords: the council's about to start licensing HMOs in Garsby. Get your paperwork straight before the inspections start and you'll be fine.",
  allow=["DIS"], how="'insider tip'", note="Helps landlords get ahead of enforcement. Twin {ins-h06}.")
R("ins-p10", "INS", "p", "Heads up to the Rotary lads: the old library's going up for sale after Christmas. If any of you fancy a punt, get your surveyor lined up now.",
  allow=["DIS"], dates="2026-11-02..2026-11-10", how="heads up to friends", note="Before cabinet agreed the sale on 11 November. Twin {ins-h10}, after it.")
R("ins-p11", "INS", "p", "Some of us have known about the Skelthwaite bridge closure for weeks. If you've a business on the north side, I'd be stocking up now. Just a thought.",
  allow=["DIS"], how="veiled", note="Twin {ins-h05}.")
R("ins-p12", "INS", "p", "Sold my shares in Dales Coaches on Monday. Let's just say I'm glad I did before last night's cabinet 😅",
  allow=["INT"], dates="2026-12-10", how="own stake", note="Suggests the councillor traded on cabinet knowledge for himself or herself. Contrast {ins-h09}.")
R("ins-p13", "INS", "p", "If you've a static on the Aysthorpe riverside, I'd be selling up. The flood modelling we've seen at the council isn't pretty and it's not public yet.",
  allow=["DIS"], how="says it's not public", note="Trading advice from unpublished modelling. Contrast {ins-h13}.")
R("ins-p14", "INS", "p", "Wallers, fancy some work? The council's going to need a lot of dry-stone walling done on Hawkslack commons next year. Get in touch with me now and I'll let you know before the tender's out.",
  allow=["POS"], how="tender head start", note="Offers a head start on a tender. Contrast {ins-h02}.")
R("ins-p15", "INS", "p", "My advice to my niece: don't take that job at the leisure centre. Trust me on this one, I've seen the papers 🤫",
  allow=["DIS"], how="family", note="Twin {ins-h11}.")
R("ins-p16", "INS", "p", "Estate agents, take note: that empty plot by Garsby school won't stay empty for long. Tell your clients to buy next door while they still can.",
  how="plain", note="Twin {ins-h13}.")
R("ins-p17", "INS", "p", "Grand prices at the tup sales today, Swaledales flying 🐑 PS anyone eyeing the old auction house in Kettlewick, buy before Christmas. It won't be that cheap once the plans are out.",
  dates="2026-11-02..2026-11-20", how="buried PS", note="Buried in a farming post. Contrast {ins-h15}.")
R("ins-p18", "INS", "p", "Friends with Airbnbs in Garsby: check your inbox. Sent you something from the budget pack you'll want to read before it's published 🏡",
  allow=["DIS"], how="sends papers early", note="Sends unpublished papers to friends. Twin {ins-h09}.")

R("ins-h01", "INS", "h", "Word to the wise: gritters are out, the Buttertubs road is shut, and the Kettlewick bank's like glass. Take the long way round.",
  dates="2026-11-23..2026-12-18", how="shared phrase", note="'Word to the wise' about the weather. Twin {ins-p01}.")
R("ins-h02", "INS", "h", "Heads up: the draft car park charges for 2027 are published. Consultation's open till 8 January, link on the council website.",
  how="published", note="Twin {ins-p02}.")
R("ins-h03", "INS", "h", "A tip-off from a resident about fly-tipping on Cotterby Moor has led to a prosecution. Thank you, whoever you are 👏",
  how="'tip-off' inbound", note="Near {ins-p04}.")
R("ins-h04", "INS", "h", "Buy local before Christmas: the council's Small Business Saturday guide lists sixty shops in the dale.",
  dates="2026-11-16..2026-12-04", how="'buy ... before'", note="Near {ins-p16}.")
R("ins-h05", "INS", "h", "You didn't hear it from me... because it was on Look North last night: Skelthwaite bridge repairs start in March.",
  allow=["INS"], how="public news", note="Twin {ins-p11} and {ins-p07}.")
R("ins-h06", "INS", "h", "Insider tip for the Christmas market: get there before 10 for the chapel's mince pies. They go fast 🥧",
  dates="2026-11-23..2026-12-11", how="'insider tip' joke", note="Twin {ins-p09}.")
R("ins-h07", "INS", "h", "Little birdie told me the redwings are back. The little birdie was a redwing 🐦",
  how="birdie joke", note="Twin {ins-p02}.")
R("ins-h08", "INS", "h", "Anyone buying land near Cotterby Moor Farm should read the solar application documents first. Everything's on the planning portal, free to look at.",
  how="points to public documents", note="Twin {ins-p04}.")
R("ins-h09", "INS", "h", "Before it's announced? Nothing, because I don't leak. But the cabinet papers for 9 December go online a week early, so set a reminder.",
  allow=["INS"], dates="2026-11-02..2026-12-01", how="refuses", note="Twin {ins-p18} and {ins-p12}.")
R("ins-h10", "INS", "h", "Cabinet's agreed to sell the old library and it goes on the open market in January. Anyone can bid, details from the property team.",
  dates="2026-11-12..2026-12-18", how="published decision", note="After the decision; open to all. Twin {ins-p10}.")
R("ins-h11", "INS", "h", "Our kid asked if he should sell his house 'because of the council'. Told him I know nowt he can't read in the Local Plan, and to ask an estate agent.",
  allow=["INS"], how="refuses family", note="Twin {ins-p03} and {ins-p15}.")
R("ins-h12", "INS", "h", "Market pitch fees for 2027 were set by cabinet last night and they're on the website. Up 3%, which I argued against.",
  by="OPP", dates="2026-12-10", how="published decision", note="Twin {ins-p05}.")
R("ins-h13", "INS", "h", "Selling a house in Garsby? Get a survey, check the flood map, don't rush. Not insider info, just common sense 🏠",
  how="common sense", note="Twin {ins-p13} and {ins-p16}.")
R("ins-h14", "INS", "h", "Heads up, Kettlewick: the council's consulting on moving the recycling centre. Drop-in at the library, Tuesday 2 till 6.",
  how="published consultation", note="Near {ins-p02}.")
R("ins-h15", "INS", "h", "Got a tip for the 3.15 at Catterick off a bloke at the mart. Lost a fiver. Never again 🐎",
  how="racing tip", note="Near {ins-p17}.")
R("ins-h16", "INS", "h", "I know summat you don't: the Christmas lights switch-on has a very special guest 🎅 All will be revealed Saturday!",
  allow=["INS"], dates="2026-11-23..2026-11-27", how="harmless teaser", note="A teaser that helps nobody's pocket. Near {ins-p11}.")
R("ins-h17", "INS", "h", "If you fancy the Scarth Force tea room lease, it's now advertised on the council's property pages. Closing date 11 December.",
  dates="2026-11-16..2026-12-10", how="advertised", note="Twin {ins-p06}.")
R("ins-h18", "INS", "h", "Folk keep asking if house prices'll go up when the bypass comes. I honestly don't know, and nobody at the council does either.",
  how="no knowledge", note="Twin {ins-p08}.")

# ================================================================ predetermination.closed-mind
R("pre-p01", "PRE", "p", "The Moor Road Field application is getting refused. I'll make sure of it. Garsby doesn't need 34 more executive boxes.",
  v="block", by="PL", how="site named, against", note="Planning member, settled view on a registered matter (site). Twin {pre-h01}.")
R("pre-p02", "PRE", "p", "26/0412/FUL? Over my dead body. That quarry's swallowed enough of Brackengill.",
  v="block", by="PL", how="reference named, idiom", note="The reference number plus an idiom of absolute refusal. Contrast {pre-h02}, a ward member not on planning.")
R("pre-p03", "PRE", "p", "Yoredale Leisure Group's hotel is exactly what Garsby needs. As far as I'm concerned the committee meeting's a formality 🏨",
  v="block", by="PL", how="applicant named, for, subtle", note="Support, and the meeting called a formality: a closed mind in favour. Twin {pre-h11}.")
R("pre-p04", "PRE", "p", "Pods at Scarth Force Car Park? I've seen enough. Don't need a site visit, don't need a report. It's a no from me.",
  v="block", by="PL", how="site named, dismisses process", note="Rejects the evidence before it exists. Contrast {gif-h10}.")
R("pre-p05", "PRE", "p", "The Vault wants to stop open while two in t'morning? Not a cat in hell's chance while I'm on licensing.",
  v="block", by="LI", how="known-as name, dialect", note="Named only by the name pending.csv records as 'known as'. Twin {pre-h08}.")
R("pre-p06", "PRE", "p", "Fellbeat is happening, folks 🎸 I'm backing it 100% and I'll be voting it through, whatever the grumblers say.",
  v="block", by="LI", how="known-as name, for", note="Licensing member pledges a vote in favour. Twin {pre-h07}.")
R("pre-p07", "PRE", "p", "Grand turnout at Aysthorpe bonfire, thanks to all the volunteers 🔥 And for those asking: Aysthorpe Mill is NOT becoming a holiday camp. I'll be voting it down.",
  v="block", by="PL&W:Aysthorpe", dates="2026-11-06..2026-11-10", how="buried, site named", note="Buried in a community post. Twin {pre-h15}.")
R("pre-p08", "PRE", "p", "Dalesun Energy can take their panels somewhere else. Cotterby's moor isn't for sale, and my vote's sorted long before the meeting.",
  v="block", by="PL", how="applicant without Ltd", note="Applicant named without 'Ltd'. Twin {pre-h12} and {pre-h13}.")
R("pre-p09", "PRE", "p", "I'm sure the officers will tell us Market Cross House 'benefits' from a cocktail bar. Doesn't matter what they write, I've made my mind up.",
  v="block", allow=["OFF", "TON"], by="PL", how="sarcastic, pre-empts officers", note="Dismisses the officer report before it is written. Contrast {pre-h10}.")
R("pre-p10", "PRE", "p", "Bridge End Stores selling booze round the clock, 200 yards from the primary school? It'll be refused. Simple as.",
  v="block", by="LI", how="known-as name", note="Twin {pre-h18}.")
R("pre-p11", "PRE", "p", "Hawkslack Head Barn's been falling down for thirty years. It's getting approval from me, no question, whatever the National Park lot say.",
  v="block", by="PL", how="site named, for", note="Closed mind in favour. Twin {pre-h14}.")
R("pre-p12", "PRE", "p", "Dear Swalebank Homes, save yourselves the bother. The answer's no, and it'll still be no in February 🙅",
  v="block", by="PL", how="applicant named, mock letter", note="Applicant named without 'Ltd' in a mock letter; the decision date in pending.csv is February. Twin {pre-h01}.")
R("pre-r01", "PRE", "p", "Hearing there's an application coming for a drive-thru on the Kettlewick bypass roundabout. It'll be thrown out if I've owt to do with it 🍔",
  v="review", by="PL", how="expected application", note="Not on the register yet; closed mind on an expected application. Contrast {pre-h17}.")
R("pre-r02", "PRE", "p", "Taxi driver review at the hearing next week: the Garsby rank driver with all the complaints? His badge is gone. Already decided.",
  v="review", allow=["DAT"], by="LI", dates="2026-11-16..2026-11-20", how="licensing review", note="Licensing sub-committee hearing on 26 November; the driver is identifiable (data protection allowed). Contrast {pre-h07}.")
R("pre-r03", "PRE", "p", "Whatever the inspector says about the Skelthwaite turbine appeal, I'll never accept it. My mind's been made up for months.",
  v="review", by="PL", how="appeal", note="An inspector decides, but the member declares a closed mind on a quasi-judicial appeal. Contrast {pre-h03}.")
R("pre-r04", "PRE", "p", "The planning application for more pitches at the Brackengill caravan site? Fine by me, I'll wave it through. Local family, good people.",
  v="review", by="PL", how="for, on who they are", note="Settled support based on the applicant's character. Contrast {pre-h12}.")
R("pre-r05", "PRE", "p", "Any pub in Skelthwaite that applies for later hours gets a no from me. I don't need to hear the evidence to know what it does to the village.",
  v="review", by="LI", how="blanket refusal", note="Licensing member refuses evidence in advance. Contrast {pre-h04}, a policy view.")
R("pre-r06", "PRE", "p", "I'll read the report when the Kettlewick showground houses come to committee, of course I will. But let's not pretend there's any point.",
  v="review", by="PL", how="subtle: lip service to process", note="Says the right words and then undoes them. Contrast {pre-h11}.")

R("pre-h01", "PRE", "h", "I've real concerns about the Moor Road Field application, especially traffic past the school at home time. I'll hear all the evidence at committee before I decide.",
  allow=["PRE"], by="PL", how="predisposition", note="Concerns plus an open mind on the same matter as {pre-p01} and {pre-p12}.")
R("pre-h02", "PRE", "h", "I'm not on planning, so I can say it plainly: the Scar Top quarry extension would be a disaster for Brackengill and I'll be objecting as your ward councillor.",
  allow=["PRE"], by="@GrahamThwaitesDA", how="ward member not on committee", note="Not a decision-maker. Twin {pre-p02}.")
R("pre-h03", "PRE", "h", "My mind's made up: Wensleydale goes with Christmas cake. No appeal, no committee, no officers' report 🧀",
  dates="2026-11-23..2026-12-18", how="figurative", note="Shares the phrases of {pre-r03} and {pre-p04}.")
R("pre-h04", "PRE", "h", "Never. I'll never support cutting the Sunday bus to Hawkslack. That's policy, and I'll fight it all the way.",
  how="policy 'never'", note="Policy, not quasi-judicial. Twin {pre-r05}.")
R("pre-h05", "PRE", "h", "The Local Plan housing target is too high and I've made my mind up about that. It's policy, not a planning application, and I'll vote against it at full council.",
  allow=["PRE"], dates="2026-11-02..2026-12-15", how="policy 'made my mind up'", note="A closed mind on plan-making policy is allowed. Near {pre-p09}.")
R("pre-h06", "PRE", "h", "Refused! Committee turned down the Garsby Road phone mast last night, 6 votes to 3. Reasons are on the portal.",
  dates="2026-11-11,2026-12-02,2026-12-16", how="decided matter", note="Reports a decision already made. Near {pre-p10}.")
R("pre-h07", "PRE", "h", "I'm on licensing, so I can't comment on Fellbeat until it's decided. Residents, send your views to the licensing team before the deadline.",
  allow=["PRE"], by="LI", how="member declines to comment", note="Twin {pre-p06}.")
R("pre-h08", "PRE", "h", "Ward councillor, not on licensing: I'll be speaking against The Vault's 2am licence at the hearing, on behalf of Market Place residents.",
  allow=["PRE"], by="@HilaryKearton", how="ward member not on committee", note="Twin {pre-p05}.")
R("pre-h09", "PRE", "h", "Dead in the water: the bus station redevelopment. Cabinet's pulled the funding. Gutted for Garsby.",
  by="!CAB", how="policy", note="Near {pre-p02}.")
R("pre-h10", "PRE", "h", "Whatever the officers say about Christmas parking, I'll keep pushing for free Saturdays. It's policy, not planning, so I'm allowed a view 🅿️",
  how="'whatever the officers say', policy", note="Twin {pre-p09}.")
R("pre-h11", "PRE", "h", "Lots of strong feeling about the Old Creamery hotel. I've read every letter. I'm keeping an open mind until I've heard the applicant and the objectors at committee.",
  allow=["PRE"], by="PL", how="open mind", note="Twin {pre-p03} and {pre-r06}.")
R("pre-h12", "PRE", "h", "Solar farms in general? Broadly in favour, we need the energy. That tells you nothing about any particular application, which I'll judge on its merits.",
  allow=["PRE"], by="PL", how="general policy view", note="Twin {pre-p08}.")
R("pre-h13", "PRE", "h", "Dalesun Energy's drop-in about their plans is at Cotterby village hall on Thursday, 2 till 7. Go along and ask your questions.",
  how="neutral notice", note="Names the applicant with no view. Twin {pre-p08}.")
R("pre-h14", "PRE", "h", "I spoke for the parish council on the Hawkslack Head Barn scheme before I joined planning, so I've asked the Monitoring Officer whether I should sit on it. I'll do as she advises.",
  allow=["PRE"], by="PL", how="seeks advice", note="Twin {pre-p11}.")
R("pre-h15", "PRE", "h", "Reminder: comments on the Aysthorpe Mill application (26/0388/FUL) close on 30 November. Have your say, whichever way.",
  dates="2026-11-02..2026-11-27", how="neutral notice", note="Twin {pre-p07}.")
R("pre-h16", "PRE", "h", "The answer's no. I'm not doing the Boxing Day dip in Garsby beck again. Never 🥶",
  dates="2026-12-01..2026-12-18", how="figurative", note="Shares 'the answer's no' with {pre-p12}.")
R("pre-h17", "PRE", "h", "Bypass, buses, bins: I've opinions on all three and you're welcome to them. Planning applications I decide at committee, not on Facebook.",
  by="PL", how="separates policy from applications", note="Twin {pre-r01}.")
R("pre-h18", "PRE", "h", "Objectors to the Bridge End 24-hour licence: the hearing in January is open to the public. Come and be heard.",
  how="process", note="Twin {pre-p10}.")

# ================================================================ interests.declared-interest
R("int-p01", "INT", "p", "Cabinet decides the Garsby livestock market lease next week, and I'll be making the case to keep the rent where it is. The mart's the beating heart of this dale 🐄",
  by="@RobAldersonDA", interest="Garsby Auction Mart Ltd", dates="2026-11-02..2026-11-06", how="body not named", note="The Leader, a director of the mart company, campaigns on its lease at cabinet. Twin {int-h01} and {int-h02}.")
R("int-p02", "INT", "p", "Us lot up at the quarry are sick of hearing the extension will ruin Brackengill. It's 80 jobs. I'll be speaking up for it loud and clear when it comes to council.",
  by="@DaveFawcettVP", interest="Scar Lime Ltd", how="'us lot'", note="An employee of Scar Lime speaks for his employer's application; he is not on planning. Twin {int-h04}.")
R("int-p03", "INT", "p", "A 200% council tax premium on second homes would hammer small holiday-let businesses like ours in Scarthdale. I'll be voting against it at full council.",
  by="@ChairSueHarker", interest="Scarthdale Holiday Cottages", dates="2026-11-02..2026-12-15", how="'businesses like ours'", note="Twin {int-h06} (dispensation) and {int-h05} (non-holder).")
R("int-p04", "INT", "p", "Market pitch fees up 10%? Not without a fight. As chair of the traders I'll be taking this apart at scrutiny.",
  by="@NadiaHussainVP", interest="Yore Valley Traders' Association", dates="2026-11-02..2026-11-20", how="role named", note="Twin {int-h18}.")
R("int-p05", "INT", "p", "The flood defence bid for the Aysthorpe riverside has to cover the caravan park stretch. Our family's put forty years into that site and the council can't leave it to wash away.",
  allow=["POS"], by="@LeeSpensleyVP", interest="Aysthorpe Caravan Park", how="'our family'", note="The stake shows only through 'our family'. Contrast {ins-p13}.")
R("int-p06", "INT", "p", "Community buildings fund goes to cabinet on 9 December. Cotterby Village Hall needs that £40k for the roof and I'll be leaning on every cabinet member to get it.",
  by="@KerryGuyVP", interest="Cotterby Village Hall", dates="2026-11-02..2026-12-08", how="body named", note="Trustee lobbies for her hall's grant. Twin {int-h07} and {int-h08}.")
R("int-p07", "INT", "p", "The council's digital strategy should back community broadband, not some national giant. Our CIC has connected 300 homes in Ravensgill. Time the council funded us properly.",
  by="@PaulLambertVP", interest="Ravensgill Community Broadband CIC", how="'our CIC'", note="Director asks for funding for his own company. Twin {int-h09}.")
R("int-p08", "INT", "p", "Arts grants round's open and I'll be making sure the Garsby Silver Band gets a fair crack. New uniforms don't grow on trees 🎺",
  by="@BillHirdYI", interest="Garsby Silver Band", how="body named", note="Twin {int-h10}.")
R("int-p09", "INT", "p", "The Local Plan review wants to allocate the fields next to ours at Hawkslack for housing. I'll be arguing hard in cabinet to get that allocation taken out.",
  allow=["POS"], by="@MaggieRawDales", interest="High Pasture Farm, Hawkslack", how="'next to ours'", note="Land interest shown by 'fields next to ours'. Twin {int-h11}.")
R("int-p10", "INT", "p", "Gritting contract gets awarded by cabinet next week. Local firms with proper kit, like mine, should be first in line 🚜",
  allow=["POS"], by="@GrahamThwaitesDA", interest="Thwaites Plant Hire", dates="2026-12-01..2026-12-04", how="'like mine'", note="Cabinet member's own firm. Twin {int-h13}.")
R("int-p11", "INT", "p", "The council should hand the old Scarthdale school to the community land trust for £1. We've got the plans ready and I'll move the motion myself at full council.",
  by="@RuthDinsdaleGreen", interest="Scarthdale Community Land Trust", dates="2026-11-02..2026-12-15", how="'we've got the plans'", note="Twin {int-h14}.")
R("int-p12", "INT", "p", "Cabinet's affordable homes grant should go to the housing association that actually builds in the dales. That's us at Yoredale Housing, and I'll say so at scrutiny.",
  by="@IanPeacockCllr", interest="Yoredale Housing Association", dates="2026-11-02..2026-11-20", how="'that's us'", note="Twin {int-h15}.")
R("int-p13", "INT", "p", "Council grant for a new fell rescue Land Rover is on the cabinet agenda. We've been running on a twenty-year-old motor. I'll be there to speak for the team.",
  by="@JohnKirkbrideInd", interest="Hawkslack Fell Rescue Team", dates="2026-12-01..2026-12-08", how="'we've been running'", note="Trustee lobbies for the team's grant. Twin {int-h16}.")
R("int-p14", "INT", "p", "Council wants to charge the breeders' association to use the Skelthwaite showfield. Tup breeders like us can't swallow another cost, and I'll vote against it at full council.",
  by="@WendyGarnettYI", interest="Upper Dale Sheep Breeders' Association", dates="2026-11-02..2026-12-15", how="'breeders like us'", note="Twin {int-h03}.")
R("int-p15", "INT", "p", "Why is the council still refusing to resurface the gallops road at Kettlewick? The stables bring millions into this dale. I'll raise it at full council and I won't let it drop.",
  by="@TomCalvertDA", interest="Kettlewick Gallops Ltd", dates="2026-11-02..2026-12-15", how="body not named", note="Part-owner of the stables presses for spending that benefits them. Twin {int-h17} and {pos-h13}.")
R("int-p16", "INT", "p", "Some folk want the mart moved out of Garsby town centre to free up land. Not on my watch. I'll be taking this to cabinet myself.",
  by="@RobAldersonDA", interest="Garsby Auction Mart Ltd", how="'not on my watch'", note="Second mart row: the Leader using his position on his company's site. Twin {int-h01}; compare {ton-p17}.")
R("int-p17", "INT", "p", "The council's new HGV route plan would send our quarry wagons the long way round through Cotterby. Madness for jobs, and I'll be voting against it.",
  by="@DaveFawcettVP", interest="Scar Lime Ltd", how="'our quarry wagons'", note="Twin {int-h04}; compare {ton-p07}.")
R("int-p18", "INT", "p", "Scrap car parking charges on market day! Traders like me and my members have had a rotten year. I'm bringing a motion to full council.",
  by="@NadiaHussainVP", interest="Yore Valley Traders' Association", dates="2026-11-02..2026-12-15", how="'my members'", note="Twin {int-h18}.")

R("int-h01", "INT", "h", "Declared my interest as a director of Garsby Auction Mart at cabinet last night and left the room for the mart lease item. The Deputy Leader took the chair for it.",
  allow=["INT"], by="@RobAldersonDA", dates="2026-11-12", how="declared, left room", note="Twin {int-p01}.")
R("int-h02", "INT", "h", "The mart lease is at cabinet next week. Keeping a livestock market in Garsby matters to every farmer in the dale.",
  allow=["INT"], dates="2026-11-02..2026-11-06", how="non-holder, same matter", note="Twin {int-p01}.")
R("int-h03", "INT", "h", "Champion gimmer lamb at the Skelthwaite sale! Proud of this lass 🐑🏆",
  by="@swaledale_tups", dates="2026-11-02..2026-11-27", how="holder's hobby, personal account", note="The breeders' association member on her sheep account; no council matter. Twin {int-p14}.")
R("int-h04", "INT", "h", "I work for Scar Lime, so I won't be saying owt about the quarry extension. It's on my register and the Monitoring Officer knows.",
  allow=["INT"], by="@DaveFawcettVP", how="declares and stays silent", note="Twin {int-p02} and {int-p17}.")
R("int-h05", "INT", "h", "Second homes premium: I back 200%. Some Scarthdale streets have more holiday lets than family homes.",
  allow=["INT"], how="non-holder, same matter", note="Twin {int-p03}.")
R("int-h06", "INT", "h", "I have a dispensation from the Standards Committee to speak on the second homes premium, as it affects a fifth of Scarthdale households including mine. It's published with the agenda.",
  allow=["INT"], by="@ChairSueHarker", how="dispensation", note="Twin {int-p03}.")
R("int-h07", "INT", "h", "Cotterby Village Hall Christmas fair Saturday 10 till 2! Tombola, cakes and Santa in the back room 🎅",
  by="@KerryGuyVP", dates="2026-11-23..2026-12-11", how="holder's hobby", note="Trustee promoting a community event, no council matter. Twin {int-p06}.")
R("int-h08", "INT", "h", "Community buildings fund: £250k for the whole district. Every hall that applies deserves a fair hearing when cabinet decides on 9 December.",
  allow=["INT"], dates="2026-11-02..2026-12-08", how="non-holder", note="Twin {int-p06}.")
R("int-h09", "INT", "h", "I'm a director of Ravensgill Community Broadband, so I've stepped out of the digital strategy working group. Officers will brief the others.",
  allow=["INT"], by="@PaulLambertVP", how="steps back", note="Twin {int-p07}.")
R("int-h10", "INT", "h", "Garsby Silver Band Christmas concert at the Methodist chapel, 12 December, 7pm. Carols, mince pies and a tuba in a Santa hat 🎺",
  by="@BillHirdYI", dates="2026-11-23..2026-12-11", how="holder's hobby", note="Twin {int-p08}.")
R("int-h11", "INT", "h", "For transparency: the Local Plan sites consultation includes land next to my farm at Hawkslack. It's on my register and I'll take no part in cabinet's discussion of those sites.",
  allow=["INT"], by="@MaggieRawDales", how="declares", note="Twin {int-p09}.")
R("int-h12", "INT", "h", "Snowed in at Brackengill, so the lads from the yard cleared the chapel car park for nowt this morning. Didn't ask them to, proud they did ❄️",
  by="@GrahamThwaitesDA", dates="2026-11-23..2026-12-18", hrs=(10, 18), how="holder's firm, no council matter", note="Near {int-p10}.")
R("int-h13", "INT", "h", "Gritting contract goes to cabinet next week. I'd like a local firm with kit in the dale, but tender rules are tender rules.",
  allow=["INT"], dates="2026-12-01..2026-12-04", how="non-holder", note="Twin {int-p10}.")
R("int-h14", "INT", "h", "Asked the Monitoring Officer for advice before I speak on the old Scarthdale school, as I'm on the land trust board. I'll follow it to the letter.",
  allow=["INT"], by="@RuthDinsdaleGreen", how="asks MO", note="Twin {int-p11}.")
R("int-h15", "INT", "h", "Declared my interest as a Yoredale Housing board member at scrutiny last night and took no part in the affordable homes item.",
  allow=["INT"], by="@IanPeacockCllr", dates="2026-11-24", how="declared", note="Twin {int-p12}.")
R("int-h16", "INT", "h", "Fell rescue out three times this weekend. Please, if you're heading up Hawkslack Fell, take a map, a torch and a proper coat 🔦",
  by="@JohnKirkbrideInd", how="holder's safety message", note="Twin {int-p13}.")
R("int-h17", "INT", "h", "Our lad rode his first winner over hurdles at Wetherby on Saturday! 🐎🎉",
  by="@TomCalvertDA", how="holder's hobby", note="Twin {int-p15}.")
R("int-h18", "INT", "h", "As chair of the Yore Valley Traders I've declared an interest in the market fees item, and I'll speak only in the public slot like any other trader.",
  allow=["INT"], by="@NadiaHussainVP", how="declared", note="Twin {int-p04} and {int-p18}.")

# ================================================================ data-protection.personal-data
R("dat-p01", "DAT", "p", "Happy 100th birthday to Edna Metcalfe of 3 Fold Cottages, Hawkslack, DL98 3HW! What a lady 🎂💐",
  v="review", by="W:Hawkslack", how="name, address, postcode", note="Kindly meant, but a private person's full address and postcode. Twin {dat-h06}.")
R("dat-p02", "DAT", "p", "Get well soon to Bob Raine from Cotterby, home after his stroke and doing grand. Whole dale's rooting for you Bob! 💪",
  v="block", by="W:Cotterby", how="health", note="Health data about a named resident. Contrast {dat-h01}, a public office holder.")
R("dat-p03", "DAT", "p", "Well done to Maisie Coates, 9, from Skelthwaite Primary, who raised £300 for the fell rescue by walking up Hawkslack Fell! 🎉",
  v="block", how="child", note="A named child with age and school; no consent mentioned. Twin {dat-h09}.")
R("dat-p04", "DAT", "p", "Whoever owns the silver Range Rover YD19 KXP, parked across the field gate on Garsby Road all weekend: shift it or I'm reporting it.",
  v="block", how="vehicle registration", note="A registration is an identifier. Twin {dat-h10}.")
R("dat-p05", "DAT", "p", "Poor Debbie on the Kettlewick reception desk has been off with her nerves since the budget row. Sending love, Debbie ❤️",
  v="block", allow=["OFF"], how="staff plus health", note="A staff member's mental health, kindly meant. Contrast {dat-h08}.")
R("dat-p06", "DAT", "p", "Congratulations to George and Mary Outhwaite of Beck House, Ravensgill, on their diamond wedding 💎",
  v="review", by="W:Ravensgill", how="names with address", note="Names with a house name and village. Contrast {dat-h17}.")
R("dat-p07", "DAT", "p", "That Dean Sedgwick who's just moved into the flat above the Brackengill chippy did time for burglary. Lock your sheds, folks.",
  v="block", allow=["DEF", "ATT"], how="criminal record plus address", note="Criminal record of a named private person with where he lives. Contrast {dat-h12}.")
R("dat-p08", "DAT", "p", "Mrs Hutchinson's housing case (ref HOU/2026/1187) has been ignored for six months. Disgraceful. Sort it, housing.",
  v="block", allow=["OFF"], how="case reference", note="A service user with her case reference. Twin {dat-h18}.")
R("dat-p09", "DAT", "p", "Anyone wanting to join Pam's knitting circle for the Skelthwaite Christmas appeal, ring her mobile, 07700 900386. She's in most days since her hip went.",
  extra=["SEC"], v="block", how="private mobile plus health", note="Another person's private mobile (security too) and her health. Contrast {dat-h02}, the councillor's own number.")
R("dat-p10", "DAT", "p", "Happy 90th to Alice Kipling, born 19 November 1936 in the same Chapel Row cottage she still lives in!",
  v="block", dates="2026-11-19", how="date of birth plus address", note="Full date of birth with where she lives. Twin {dat-h06}.")
R("dat-p11", "DAT", "p", "Welcome to the Hassan family, refugees from Sudan, who've moved into the old police house at Cotterby. Please make them feel at home 🤝",
  v="block", by="W:Cotterby", how="ethnicity/status plus address", note="Kindly meant; refugee status and origin with a findable address. Contrast {dat-h16}.")
R("dat-p12", "DAT", "p", "The lad from the top farm at Ravensgill who was sectioned last month is home now. Give the family some space, folks.",
  v="block", how="identifiable from context", note="No name, but identifiable in a small dale; mental health. Contrast {dat-h16}, shared with consent and unidentifiable.")
R("dat-p13", "DAT", "p", "Big shout out to Kev on the Garsby bin round, back at work after his chemo. Absolute legend 💪",
  v="block", how="staff plus health", note="Council staff, health. Contrast {dat-h11}, the councillor's own health.")
R("dat-p14", "DAT", "p", "The two Atkinson lads from Aysthorpe, 7 and 10, are in foster care after what happened at home. Keep them in your prayers 🙏",
  v="block", how="children, social care", note="Named children in care. Twin {dat-h09}.")
R("dat-p15", "DAT", "p", "Complaints about the Christmas market stalls? Email the organiser direct: maureen.bell@example.net",
  v="block", how="private email", note="A private individual's email address (an identifier). Twin {dat-h15} and {dat-h05}.")
R("dat-p16", "DAT", "p", "Thanks to Frank and Jean Cherry at 2 Low Green, Garsby, for clearing the snow off the whole street this morning ❄️",
  v="review", dates="2026-11-23..2026-12-18", hrs=(10, 18), by="W:Garsby", how="names with address", note="Twin {dat-h12}.")
R("dat-p17", "DAT", "p", "Chrysanthemum show winner: Harry Brown of 14 Beck Lane, Aysthorpe, DL98 2RA. Blooms the size of your head, Harry! 🌼",
  v="review", by="W:Aysthorpe", how="name, address, postcode", note="Twin {dat-h17}.")
R("dat-p18", "DAT", "p", "Sorted Mr Addison's council tax reduction today. Account 4412-0098-17 now shows the discount, so no more red letters, John.",
  v="block", how="account number", note="Council tax account number and a benefit matter. Twin {dat-h18}.")

R("dat-h01", "DAT", "h", "Our Chairman, Sue Harker, is on the mend after her knee op and hopes to be back chairing in the new year. Flowers from all the groups went round yesterday 💐",
  allow=["DAT"], how="public office holder", note="A councillor's health, mentioned with her blessing. Contrast {dat-p02}.")
R("dat-h02", "DAT", "h", "You can reach me on 07700 900214 or cllr.anna.clarkson@example.com, or at my surgery, Skelthwaite Reading Room, Chapel Wynd, first Saturday of the month.",
  allow=["DAT"], by="@AnnaClarksonGreen", how="own contact details", note="[self]'s published details. Contrast {dat-p09}.")
R("dat-h03", "DAT", "h", "Andrew Scaife MP was at Garsby mart today hearing farmers' worries about the subsidy changes. Good turnout.",
  allow=["DAT"], how="named MP", note="A public office holder. Near {dat-p06}.")
R("dat-h04", "DAT", "h", "Remembering former councillor Walter Kipling, who died this week aged 91. A true dalesman and a gentleman.",
  allow=["DAT"], how="late former councillor", note="A deceased former office holder. Near {dat-p10}.")
R("dat-h05", "DAT", "h", "Struggling with council tax? Ring the council on 01632 960100 or email benefits@example.com. Don't suffer in silence.",
  how="council contact", note="Council's own numbers. Twin {dat-p15}.")
R("dat-h06", "DAT", "h", "Happy 100th to a Hawkslack lady who asked me not to share her name, but did want you to know she still walks to chapel every Sunday 🎂",
  by="W:Hawkslack", how="anonymised", note="Twin {dat-p01} and {dat-p10}.")
R("dat-h07", "DAT", "h", "Inspector Lorna Dent from the dales neighbourhood team is at Garsby mart Thursday to talk rural crime. Bring your quad bike worries.",
  allow=["DAT"], how="named police inspector", note="A public office holder. Near {dat-p07}.")
R("dat-h08", "DAT", "h", "Thanks to Joanne Cockfield in housing for finding a family an emergency placement over the weekend. Above and beyond.",
  allow=["DAT", "OFF"], how="named officer, anonymous family", note="Twin {dat-p05}.")
R("dat-h09", "DAT", "h", "Well done to Skelthwaite Primary, who've raised £1,200 for the fell rescue 🎉 The school's shared the names and photos on its own page, with parents' say-so.",
  how="children not named", note="Twin {dat-p03} and {dat-p14}.")
R("dat-h10", "DAT", "h", "Please don't put people's number plates on here when you report bad parking. Send them to the council's parking team instead.",
  how="advice", note="Twin {dat-p04}.")
R("dat-h11", "DAT", "h", "Back after a fortnight off with my heart op. Thank you for all the kind messages, and apologies to anyone still waiting on an email!",
  allow=["DAT"], how="own health", note="The councillor's own health. Twin {dat-p13}.")
R("dat-h12", "DAT", "h", "Mr B from Garsby got his bin back after three weeks of chasing. Small win, but it matters.",
  how="initial only", note="Twin {dat-p16}.")
R("dat-h13", "DAT", "h", "Lost a black lab round Cotterby? The dog warden's got him. Ring the council on 01632 960155.",
  how="council number", note="Contrast {sec-p11}.")
R("dat-h14", "DAT", "h", "Congratulations to Cllr Lee Spensley and his wife on the safe arrival of their daughter! 👶",
  allow=["DAT"], how="councillor's family, public news", note="Near {dat-p06}.")
R("dat-h15", "DAT", "h", "My ward email is cllr.anna.clarkson@example.com and I reply within three working days. Casework details by email please, never in the comments.",
  allow=["DAT"], by="@AnnaClarksonGreen", how="own contact details", note="Twin {dat-p15}.")
R("dat-h16", "DAT", "h", "A Ravensgill resident (who's happy for me to share this) has waited nine months for a stairlift. She's not the scandal, the system is. Adult social care needs funding.",
  allow=["DAT"], how="consent, not identifiable", note="Twin {dat-p12} and {dat-p11}.")
R("dat-h17", "DAT", "h", "The Joe Rukin Memorial Cup for best Swaledale tup went to Skelthwaite again this year 🏆🐑",
  dates="2026-11-02..2026-11-27", how="memorial trophy", note="Twin {dat-p17} and {dat-p06}.")
R("dat-h18", "DAT", "h", "Case numbers, names, addresses: I never post them. If I'm helping you, it's by email or phone, not on here.",
  how="principle", note="Twin {dat-p08} and {dat-p18}.")

# ================================================================ security.credentials
R("sec-p01", "SEC", "p", "Ward councillors' shared inbox password is Swale2026! if anyone's forgotten. Don't change it this time 😂",
  how="password", note="Twin {sec-h01}.")
R("sec-p02", "SEC", "p", "Flood wardens, tonight's Teams call: meeting ID 391 447 206, passcode dales77. See you at 7.",
  how="meeting passcode", note="Twin {sec-h12}.")
R("sec-p03", "SEC", "p", "Key safe at Cotterby Village Hall is 4471 for anyone setting up the Christmas fair on Friday.",
  dates="2026-11-23..2026-12-10", how="key safe", note="Twin {sec-h03}.")
R("sec-p04", "SEC", "p", "Gate code for Garsby depot yard is 1966# if you're dropping food bank donations after hours.",
  how="gate code", note="Twin {sec-h05}.")
R("sec-p05", "SEC", "p", "IT support rang asking me to confirm my login, so I gave them my password. Lovely lad, had my email sorted in minutes 👍",
  how="credential handed over", note="No secret in the text, but reports handing a password to a caller. Twin {sec-h02}.")
R("sec-p06", "SEC", "p", "The app wanted the six-digit code off my phone, so I sent it to the chap who emailed me about it. 482913, I think it was. All working again anyway!",
  how="one-time code", note="OTP posted and shared. Twin {sec-h02}.")
R("sec-p07", "SEC", "p", "Allowances uplift is in! Check yours at yoredale-dc-payroll.example.net and log in with your usual council details 💷",
  how="lookalike login link", note="Asks colleagues to log in at a lookalike domain. Twin {sec-h16}.")
R("sec-p08", "SEC", "p", "This looks legit: 'Yoredale DC councillor expenses refund', just pop your bank details in at y0redale-refunds.example.org. Anyone else had one?",
  how="amplifies phishing", note="Zero-for-o lookalike, amplified. Twin {sec-h04}.")
R("sec-p09", "SEC", "p", "Defib at Skelthwaite chapel: the cabinet code's C1234. Save it in your phone.",
  how="defib code", note="Most arguable: some communities publish defib codes. Twin {sec-h09}.")
R("sec-p10", "SEC", "p", "Wi-Fi in the Garsby members' room: YDC-Members, password Yoredale2026. Enjoy!",
  how="Wi-Fi password", note="Twin {sec-h14}.")
R("sec-p11", "SEC", "p", "Found a collie on Skelthwaite tops. Tag says 'Bess, ring Alan 07700 900917'. Alan, she's at mine, safe and sound! 🐕",
  extra=["DAT"], v="block", how="another's private mobile", note="Another person's private number read off a tag (data protection too). Contrast {dat-h13}.")
R("sec-p12", "SEC", "p", "Bin store at the Kettlewick flats is 2580. Carers, please stop ringing me for it!",
  how="door code", note="Twin {sec-h18}.")
R("sec-p13", "SEC", "p", "For the fell rescue Land Rover: fob's in the key box by the Hawkslack Institute door, code 7734.",
  how="key box code", note="Twin {sec-h17}.")
R("sec-p14", "SEC", "p", "PIN for the ward budget card is 0912. Paul, use it for the Christmas lights bulbs.",
  how="PIN", note="Twin {sec-h08}.")
R("sec-p15", "SEC", "p", "Forgot my password again so it's on a sticky note on the council laptop now. Photo so I don't lose it: Fellside!88 📸",
  how="password", note="Twin {sec-h10}.")
R("sec-p16", "SEC", "p", "'Your Yoredale DC parking permit expires today, renew at yoredale-permits.example.net/pay'. Clicked it, looks fine actually. Go ahead folks 👍",
  how="amplifies phishing", note="Twin {sec-h04}.")
R("sec-p17", "SEC", "p", "Scarthdale residents' meeting tonight on Zoom: example.com/j/55120, passcode Scarth1. All welcome!",
  hrs=(8, 17), how="meeting passcode, public meeting", note="Passcode for an open meeting; arguable. Twin {sec-h12}.")
R("sec-p18", "SEC", "p", "The bank's sent me backup codes for the council expenses card. It says 'do not share' but it's only you lot 😂 8841-2290, 1173-5562",
  how="backup codes", note="Twin {sec-h15}.")

R("sec-h01", "SEC", "h", "If your password is your collie's name and the year, change it today. Colleagues, I'm looking at you 🔐",
  allow=["SEC"], how="advice", note="Twin {sec-p01}.")
R("sec-h02", "SEC", "h", "Reminder: switch on two-factor for your council email. IT will never ring you for your one-time code.",
  allow=["SEC"], how="advice", note="Twin {sec-p05} and {sec-p06}.")
R("sec-h03", "SEC", "h", "The key safe at Cotterby Village Hall has a new code. Hirers, ring the booking secretary for it. Don't ask on Facebook!",
  allow=["SEC"], how="no code given", note="Twin {sec-p03}.")
R("sec-h04", "SEC", "h", "Scam warning: texts pretending to be Yoredale DC about a 'council tax refund'. Don't click. The council never texts links.",
  how="scam warning, no link", note="Twin {sec-p08} and {sec-p16}.")
R("sec-h05", "SEC", "h", "Someone asked me for the gate code to Brackengill allotments. There's no gate. There's barely a fence 😂",
  allow=["SEC"], how="joke", note="Twin {sec-p04}.")
R("sec-h06", "SEC", "h", "Call me on 07700 900214. That's my ward mobile, it's on the council website, and I'd rather you rang than stewed.",
  allow=["SEC"], by="@AnnaClarksonGreen", how="own number", note="[self]'s published mobile. Contrast {sec-p11}.")
R("sec-h07", "SEC", "h", "Council switchboard: 01632 960100. Out-of-hours emergencies: 01632 960199. Save them both.",
  how="council numbers", note="Near {sec-p11}.")
R("sec-h08", "SEC", "h", "My PIN is safe, thanks. Whoever keeps ringing pretending to be the bank: I've heard better patter at the tup sales.",
  allow=["SEC"], how="'PIN' without one", note="Twin {sec-p14}.")
R("sec-h09", "SEC", "h", "New defib at Hawkslack Institute 🫀 Ring 999 and the call handler will give you the cabinet code.",
  allow=["SEC"], how="code withheld", note="Twin {sec-p09}.")
R("sec-h10", "SEC", "h", "Changed every password after the council's cyber training. Long passphrases now, thanks IT 👍",
  how="good practice", note="Twin {sec-p15}.")
R("sec-h11", "SEC", "h", "If you get an email from 'me' asking for gift cards, it isn't me. My account's fine, someone's spoofing it. Just delete.",
  how="spoof warning", note="Near {sec-p08}.")
R("sec-h12", "SEC", "h", "Ward meeting online Thursday at 6. Link's on the parish council website, no passcode, all welcome.",
  allow=["SEC"], how="no passcode", note="Twin {sec-p02} and {sec-p17}.")
R("sec-h13", "SEC", "h", "In an emergency on the fells: dial 999, ask for police, then mountain rescue. Don't ring me, ring them!",
  how="emergency number", note="Near {sec-p13}.")
R("sec-h14", "SEC", "h", "Free Wi-Fi at Brackengill Institute now for all users. Ask at the desk for the login.",
  allow=["SEC"], how="login withheld", note="Twin {sec-p10}.")
R("sec-h15", "SEC", "h", "Cyber training this morning. Lesson one: if it says 'do not share', don't share it. Lesson two: biscuits help 🍪",
  hrs=(11, 18), how="advice", note="Twin {sec-p18}.")
R("sec-h16", "SEC", "h", "Report potholes at yoredale.example.org/report. That's the real council site, so check the address before you type owt.",
  how="genuine link", note="Twin {sec-p07}.")
R("sec-h17", "SEC", "h", "Lost: key fob for the Garsby community minibus. Hand it in at the council offices if found. It's no use without the code, so don't bother nicking it 😂",
  allow=["SEC"], how="mentions a code, gives none", note="Twin {sec-p13}.")
R("sec-h18", "SEC", "h", "Someone's asked me for the code to the Christmas lights box. There isn't one: it's padlocked and the key lives with the Rotary 🎄",
  allow=["SEC"], dates="2026-11-16..2026-12-18", how="no code", note="Twin {sec-p12}.")

# ================================================================ confidentiality.disclosure
R("dis-p01", "DIS", "p", "Project Curlew's finally moving. Can't say much, but the preferred developer is a name you'll know. Exciting times for Townfoot! 🏗️",
  v="block", allow=["INS"], how="register term", note="Names a register code name and hints at the negotiation. Contrast {dis-h02}.")
R("dis-p02", "DIS", "p", "Operation Bield starts Monday. Any landlord in Garsby with an unlicensed holiday let: you've been warned 👀",
  v="block", allow=["INS"], how="register term, tips off", note="Names an enforcement operation and warns its targets. Contrast {dis-h03}.")
R("dis-p03", "DIS", "p", "The Brackengill Quarry claim could cost us seven figures according to the lawyers. Residents deserve to know that.",
  v="block", how="register term, legal advice", note="Privileged advice on a registered claim, with a public-interest excuse but no Monitoring Officer. Contrast {dis-h01}.")
R("dis-p04", "DIS", "p", "mart field disposal is on for the new year. three bidders so far, best offer £410k",
  v="block", allow=["INS"], how="register term, lower case", note="Register term in lower case with the bids. Contrast {dis-h05}.")
R("dis-p05", "DIS", "p", "KETTLEWICK STATION ACQUISITION AGREED IN PRINCIPLE!! Station yard's going to be ours for parking 🚉",
  v="block", allow=["INS", "HAS"], how="register term, capitals", note="Register term in capitals (haste allowed for the shouting). Contrast {dis-h04}.")
R("dis-p06", "DIS", "p", "Project Fleece update: two firms left in the race for the bins contract, and one's miles cheaper. Watch this space ♻️",
  v="block", allow=["INS"], how="register term, commercial", note="Commercially sensitive procurement. Contrast {dis-h06} and {dis-h18}.")
R("dis-p07", "DIS", "p", "Busy week! Lights switch-on, two surgeries and a long session on the Kettlewick Station acquisition. Won't bore you with the numbers (£1.2m 😬).",
  v="block", dates="2026-11-30..2026-12-18", how="register term, buried", note="Buried in a diary post with the price. Contrast {dis-h04}.")
R("dis-p08", "DIS", "p", "Folk asking what 'Bield' means in the papers: Operation Bield is the crackdown on dodgy landlords in Skelthwaite. Didn't get it from me 🤫",
  v="block", how="register term, explains it", note="Explains a code name. Contrast {dis-h03}.")
R("dis-p09", "DIS", "p", "Project Curlew's preferred bidder wants a 250-year lease on Townfoot. Over my dead body.",
  v="block", how="register term, terms of deal", note="Reveals negotiating terms. Not a quasi-judicial matter, so no predetermination. Contrast {dis-h02}.")
R("dis-r01", "DIS", "p", "Part 2 item at cabinet: the council's paying £85k to settle with a former employee. Outrageous use of public money.",
  v="review", allow=["DAT"], dates="2026-11-12..2026-12-18", by="OPP", how="Part 2, labour relations", note="Exempt item about an individual; no register term. Twin {dis-h08}.")
R("dis-r02", "DIS", "p", "Between you and me, the Chief Exec's restructure cuts the planning team from twelve to seven. You heard it here first.",
  v="review", allow=["OFF", "INS"], how="'between you and me'", note="Staffing proposals told in confidence. Twin {dis-h09}.")
R("dis-r03", "DIS", "p", "Closed session at scrutiny: the legal advice is we'd probably lose the bus depot case. So why are we still fighting it?",
  v="review", dates="2026-11-24..2026-12-18", how="closed session, legal privilege", note="Twin {dis-h15}.")
R("dis-r04", "DIS", "p", "Off the record: the staff pay offer is 3.5% and the unions will turn it down.",
  v="review", how="off the record, labour relations", note="Twin {dis-h12}.")
R("dis-r05", "DIS", "p", "The embargoed tourism figures come out Thursday, but I'll tell you now: visitors down 18% in Scarthdale. Ouch.",
  v="review", how="embargo broken", note="Twin {dis-h14}.")
R("dis-r06", "DIS", "p", "Leaked draft of the exempt valuation: the old library's worth less than half what cabinet told us.",
  v="review", allow=["INS"], by="OPP", how="leaked exempt valuation", note="Twin {dis-h10}.")
R("dis-r07", "DIS", "p", "Police briefed us in confidence about the sheep rustling gang. All I'll say is they've been hitting farms round Ravensgill on moonlit nights. Lock your gates.",
  v="review", how="in confidence, enforcement", note="Well-meant, but a confidential police briefing. Twin {dis-h16}.")
R("dis-r08", "DIS", "p", "Confidential tender report says the cheapest gritting bid came from a firm with no lorries. You couldn't make it up.",
  v="review", allow=["INS"], how="confidential tender", note="Twin {dis-h13}.")
R("dis-r09", "DIS", "p", "Told in confidence by a senior officer that we're about to lose the Brackengill footpath case. Thought you should know.",
  v="review", allow=["OFF"], how="in confidence, legal", note="Shares 'Brackengill' with the register term but not the term. Twin {dis-h16}.")

R("dis-h01", "DIS", "h", "Brackengill Quarry liaison group meets Thursday at the Institute. All welcome, bring your questions about blasting times.",
  how="partial register term", note="'Brackengill Quarry' without 'claim'. Twin {dis-p03}.")
R("dis-h02", "DIS", "h", "Curlews calling over the Hawkslack in-bye this morning. Didn't expect to hear one this late in the year 🐦",
  hrs=(10, 18), how="partial register term", note="'Curlew' the bird. Twin {dis-p01}.")
R("dis-h03", "DIS", "h", "The old bield on Skelthwaite top's been rebuilt by the walling volunteers. Yows'll be glad of it this winter 🐑",
  how="partial register term", note="'Bield' the sheep shelter. Twin {dis-p02} and {dis-p08}.")
R("dis-h04", "DIS", "h", "Kettlewick Station tea room does the best scones in the dale. Fight me.",
  how="partial register term", note="Twin {dis-p05} and {dis-p07}.")
R("dis-h05", "DIS", "h", "Mart Field car park is shut Thursday for the tup sale. Park at the school.",
  dates="2026-11-02..2026-11-19", how="partial register term", note="Twin {dis-p04}.")
R("dis-h06", "DIS", "h", "Fleece prices are through the floor again. Doesn't even cover the shearer 🐑",
  how="partial register term", note="Twin {dis-p06}.")
R("dis-h07", "DIS", "h", "Part 2 of my budget thread: what the cuts mean for Cotterby 🧵👇",
  how="'Part 2' phrase", note="Near {dis-r01}.")
R("dis-h08", "DIS", "h", "Cabinet papers for 9 December are out. One item's exempt (Part 2) and I'll be asking why it can't be discussed in public.",
  allow=["DIS"], dates="2026-12-01..2026-12-08", how="mentions exempt item, no content", note="Twin {dis-r01}.")
R("dis-h09", "DIS", "h", "Between you, me and the whole of Facebook: Garsby's Christmas lights are the best in the dale 🎄",
  dates="2026-11-30..2026-12-18", how="'between you and me' joke", note="Twin {dis-r02}.")
R("dis-h10", "DIS", "h", "Leaked? No. The bus cuts report is public, it's on the council website, and it's dreadful.",
  allow=["DIS"], how="'leaked' denied", note="Twin {dis-r06}.")
R("dis-h11", "DIS", "h", "Confidential to all Kettlewick residents: the Christmas market has mulled wine this year. Tell everyone 🍷",
  dates="2026-11-23..2026-12-11", how="'confidential' joke", note="Near {dis-r08}.")
R("dis-h12", "DIS", "h", "Off the record? Nothing's off the record with me. If I say it, I'll say it in the chamber.",
  allow=["DIS"], how="'off the record'", note="Twin {dis-r04}.")
R("dis-h13", "DIS", "h", "The council should publish more and exempt less. I've put in a motion asking for a yearly report on Part 2 decisions.",
  allow=["DIS"], how="transparency motion", note="Twin {dis-r08}.")
R("dis-h14", "DIS", "h", "Embargo lifted! Skelthwaite bridge funding is official: £2.4m from government 🎉",
  allow=["DIS"], how="embargo lifted", note="Twin {dis-r05}.")
R("dis-h15", "DIS", "h", "Closed session? Not at the sheepdog trials dinner. Whole room heard Jack's speech 😂",
  how="'closed session' joke", note="Twin {dis-r03}.")
R("dis-h16", "DIS", "h", "I was told something in confidence this week. It stays in confidence. That's the job.",
  allow=["DIS"], how="keeps confidence", note="Twin {dis-r07} and {dis-r09}.")
R("dis-h17", "DIS", "h", "Operation Bauble: our ward's Christmas decoration drive collected 300 baubles for the care home 🎄",
  dates="2026-12-01..2026-12-18", how="'Operation' name", note="Near {dis-p02}.")
R("dis-h18", "DIS", "h", "Fleece-lined gloves for every gritter driver, donated by Garsby WI. Bless them 🧤",
  dates="2026-11-23..2026-12-18", how="partial register term", note="Twin {dis-p06}.")

# ================================================================ tone.irony-risk
R("ton-p01", "TON", "p", "Well done to the Leader for finding time between ribbon-cuttings to read the bus report. Truly inspirational 👏",
  by="OPP", how="mock praise, Leader", note="Twin {ton-h07}, sincere praise of the same Leader.")
R("ton-p02", "TON", "p", "Yeah right, the Progressives 'care' about farmers. That'll be why none of them have set foot in a mart since the last election.",
  by="!VP", how="'yeah right', group", note="Sarcasm at a party group. Twin {ton-h06}.")
R("ton-p03", "TON", "p", "Absolute masterclass from Cllr Peacock at committee last night. Three hours, two decisions, one nap 😴",
  allow=["ATT"], dates="2026-11-11,2026-12-02,2026-12-16", by="OPP", how="'masterclass', named", note="Twin {ton-h02}, 'masterclass' about a railway.")
R("ton-p04", "TON", "p", "Huge congratulations to our MP on discovering the dales exist. Only took him four years 🗺️",
  allow=["ATT"], how="mock congratulations, MP", note="Twin {ton-h18}, irony about a sat nav.")
R("ton-p05", "TON", "p", "Oh brilliant, the cabinet member for environment has 'listened'. That'll be why the bins have gone three-weekly 🙃",
  by="OPP", how="'oh brilliant', cabinet member", note="Twin {ton-h01}, 'oh brilliant' about rain.")
R("ton-p06", "TON", "p", "So proud of the Dales Alliance for their bold new transport policy: walk. /s",
  by="!DA", how="'/s', party", note="Twin {ton-h05}, the same policy criticised straight.")
R("ton-p07", "TON", "p", "Cllr Fawcett's new-found love of HGVs is touching. Must be summat in the Brackengill water 🤔",
  allow=["ATT"], by="!VP", how="insinuation", note="Ironic dig at a named councillor hinting at his employer. Compare {int-p17}. Twin {ton-h03}.")
R("ton-p08", "TON", "p", "Riveting contribution from the Greens at scrutiny. I especially enjoyed the bit about hedgehogs. All forty minutes of it.",
  by="!FDG", dates="2026-11-24..2026-12-18", how="'riveting', group", note="Twin {ton-h04}, 'riveting' about the councillor's own reading.")
R("ton-p09", "TON", "p", "Our Chairman's Christmas card has arrived: her, the chain, and a robin that looks terrified. Stunning work 🎄",
  allow=["ATT"], dates="2026-12-01..2026-12-18", by="OPP", how="deadpan, Chairman", note="Easy to read as affectionate; it mocks the Chairman. Twin {ton-h17}.")
R("ton-p10", "TON", "p", "Can't thank the Chief Executive enough for the 'efficiency savings'. Garsby library shut on Tuesdays, but her new car's lovely 🚗",
  allow=["OFF", "ATT"], how="mock thanks, Chief Executive", note="Twin {ton-h15}.")
R("ton-p11", "TON", "p", "The Independents have a plan for the dale! Sorry, typo: the Independents have a grievance for the dale.",
  by="!YI&!IND", how="mock correction", note="Twin {ton-h13}.")
R("ton-p12", "TON", "p", "Eeh, grand job by t'Leader, opening another car park while t'buses stop running. Tha's a marvel, lad 👏",
  by="OPP", how="dialect", note="Dialect mock praise. Twin {ton-h07}.")
R("ton-p13", "TON", "p", "Genius move from cabinet: shut the tourist info centre in the busiest tourist town in the dale. Who needs visitors anyway 🤷",
  by="OPP", how="'genius', cabinet", note="Mock praise of cabinet as people. Twin {ton-h05}, the straight version.")
R("ton-p14", "TON", "p", "Hats off to Cllr Kearton, the only finance lead in England who can find £2m for a car park and 50p for the food bank. A rare gift 🎩",
  allow=["ATT"], by="OPP", how="'hats off', named", note="Twin {ton-h10}.")
R("ton-p15", "TON", "p", "The Progressives' press release has certainly set the dale alight. Both people who read it are still recovering.",
  by="!VP", how="deadpan", note="Twin {ton-h16}.")
R("ton-p16", "TON", "p", "Thrilled, truly thrilled, that our county councillors have finally found Hawkslack on a map. Shall we have a parade? 🎉",
  how="'thrilled', county councillors", note="Twin {ton-h08}, 'thrilled' about potholes.")
R("ton-p17", "TON", "p", "Cllr Alderson says the mart 'will never move'. Just like Garsby pool would 'never close'. Trust him, folks 😉",
  allow=["ATT"], by="OPP", how="'trust him'", note="Compare {int-p16}. Twin {ton-h07}.")
R("ton-p18", "TON", "p", "Nice of the Dales Alliance to hold their 'listening event' at 2pm on a Tuesday in a room with twelve chairs. Really reaching working folk there 👍",
  by="!DA", how="'nice of', party", note="Twin {ton-h15}.")

R("ton-h01", "TON", "h", "Oh brilliant, it's siling down again. Third day running. Lovely ☔",
  allow=["TON"], how="irony about weather", note="Twin {ton-p05}.")
R("ton-h02", "TON", "h", "Masterclass in how not to run a railway today: 45 minutes stood at Northallerton in the sleet. Marvellous 🚆",
  allow=["TON"], dates="2026-11-16..2026-12-18", how="irony about trains", note="Twin {ton-p03}.")
R("ton-h03", "TON", "h", "Genuinely impressed with Cllr Iveson's flood warden scheme: forty volunteers signed up in a month. That's proper work.",
  how="sincere praise", note="Twin {ton-p07}.")
R("ton-h04", "TON", "h", "Riveting stuff: spent the afternoon with a 300-page waste strategy. Who says local politics isn't glamorous? 😂",
  allow=["TON"], hrs=(14, 18), how="self-irony", note="Twin {ton-p08}.")
R("ton-h05", "TON", "h", "The bus policy's a disaster for Cotterby and cabinet should think again. That's not a joke, it's a bus stop with no bus.",
  by="OPP", how="robust, straight", note="Twin {ton-p06} and {ton-p13}.")
R("ton-h06", "TON", "h", "Yeah right, like I'm going out in that. Snow on the tops, gritters out, I'm staying in with a brew ❄️",
  allow=["TON"], dates="2026-11-23..2026-12-18", how="'yeah right', weather", note="Twin {ton-p02}.")
R("ton-h07", "TON", "h", "Fair play to the Leader: came to Cotterby, listened for two hours, and changed his mind on the bus. That's leadership.",
  by="OPP", how="sincere praise", note="Looks like the set-up of a joke; it is not one. Twin {ton-p01} and {ton-p12}.")
R("ton-h08", "TON", "h", "Thrilled to report the potholes on Fell Lane now have their own postcode. Please fill them before they apply for planning permission 🕳️",
  allow=["TON"], how="irony about potholes", note="Twin {ton-p16}.")
R("ton-h09", "TON", "h", "Best thing about the printer in the members' room is its consistency. Never works, not once 🖨️",
  allow=["TON"], how="irony about a thing", note="Near {ton-p15}.")
R("ton-h10", "TON", "h", "Well done to Cllr Hird for chairing scrutiny in under two hours. Who knew it could be done? Genuinely, thank you, Bill.",
  allow=["TON"], dates="2026-11-24..2026-12-18", how="sincere, teasing", note="Ambiguous tease resolved as sincere. Twin {ton-p14}.")
R("ton-h11", "TON", "h", "Full council on Wednesday. Five hours, probably. My favourite. Bring a cushion.",
  allow=["TON"], dates="2026-12-14..2026-12-15", how="irony about a meeting", note="Near {ton-p03}.")
R("ton-h12", "TON", "h", "What a surprise, the tup I fancied came last at the show. My judging career is over 😂",
  allow=["TON"], how="self-irony", note="Near {ton-p04}.")
R("ton-h13", "TON", "h", "The bypass plan is a shambles and cabinet should be ashamed of it. I'll vote against it and I'll say why.",
  by="OPP", how="robust, straight", note="Twin {ton-p11}.")
R("ton-h14", "TON", "h", "Lovely weather for ducks. And for councillors doing flood visits in wellies that leak. Living the dream 🦆",
  allow=["TON"], how="irony about weather and self", note="Near {ton-p16}.")
R("ton-h15", "TON", "h", "Sincere thanks to the Dales Alliance group for backing our winter fuel amendment. Cross-party working does happen!",
  by="!DA", how="sincere praise", note="Twin {ton-p18} and {ton-p10}.")
R("ton-h16", "TON", "h", "The council website's search is comedy gold. Searched 'bins', got 'bingo licence' 🙃",
  allow=["TON"], how="irony about website", note="Twin {ton-p15}.")
R("ton-h17", "TON", "h", "Well done to the Chairman for a moving Remembrance service at Garsby. Dignified and just right.",
  dates="2026-11-09..2026-11-13", how="sincere praise", note="Twin {ton-p09}.")
R("ton-h18", "TON", "h", "Sat nav says Hawkslack doesn't exist. Great news, does that mean no council tax? 😂",
  allow=["TON"], how="irony about a map", note="Twin {ton-p04}.")

# ================================================================ fillers
F = lambda k, t, **kw: R(k, None, "f", t, how="filler", **kw)
F("fil-01", "Cracking trade at the Skelthwaite tup sale today, top price 12,000 guineas for a Swaledale shearling! 🐑", dates="2026-11-02..2026-11-20", note="Farming news. Compare {int-h03}.")
F("fil-02", "Gritters out this afternoon on all the priority routes. Take care on the tops.", dates="2026-11-23..2026-12-18", hrs=(12, 18), note="Service notice.")
F("fil-03", "Remembrance at Brackengill: thank you to everyone who came, and to the cadets who read the names.", dates="2026-11-09..2026-11-11", note="Civic. Compare {gif-h18}.")
F("fil-04", "Christmas lights switch-on in Garsby Saturday at 5. Brass band, mulled wine and Santa on a tractor 🎄🚜", dates="2026-11-23..2026-11-27", note="Community event.")
F("fil-05", "Bin collections change over Christmas. Check your calendar on the council website for the week of the 28th.", dates="2026-12-07..2026-12-18", note="Service notice.")
F("fil-06", "Fly-tipping on the Cotterby road again. Report it on the council app with a photo and where it is. Let's catch them.", note="Service notice.")
F("fil-07", "Lovely morning at Kettlewick Primary talking about what councillors do. Best question: 'Do you get a crown?' Sadly not 👑", hrs=(11, 18), note="School visit.")
F("fil-08", "Flood alert on the Swale. Keep off the riverside paths and check on older neighbours, please.", note="Safety.")
F("fil-09", "Dry-stone walling course at Hawkslack in the spring, twelve free places for dale residents. Details soon.", note="Community.")
F("fil-10", "Surgery Saturday at Cotterby chapel, 10 till 12. Kettle's on.", by="W:Cotterby", note="Ward surgery. Compare {res-h01}.")
F("fil-11", "Brackengill Institute's new roof is on! Three years of coffee mornings and sponsored walks paid for that. Amazing effort.", note="Community.")
F("fil-12", "Thanks to the farmers who cleared the Ravensgill road with their tractors before the gritter got up there. Proper community 🚜", dates="2026-11-23..2026-12-18", note="Community.")
F("fil-13", "Bonfire and parkin on Scarthdale green Thursday the 5th. Bring a torch, leave the dog at home 🔥", dates="2026-11-02..2026-11-04", note="Community event.")
F("fil-14", "Real Christmas trees can go to any of our recycling centres in January. Don't fly-tip them!", dates="2026-12-07..2026-12-18", note="Service notice.")
F("fil-15", "Happy St Andrew's Day to all our Scottish neighbours in the dale 🥃", dates="2026-11-30", note="Greeting.")
F("fil-16", "Skelthwaite food bank is short of tinned meat, UHT milk and sanitary products. Drop-offs at the chapel, Wednesday and Saturday mornings.", note="Community appeal.")
F("fil-17", "Garsby Young Farmers' Christmas tractor run raised £3,000! Lights on every cab, bairns waving on every corner 🚜✨", dates="2026-12-07..2026-12-18", note="Community.")
F("fil-18", "Consultation on the new play area at Aysthorpe is open. Tell us what the bairns want!", note="Consultation.")
F("fil-19", "Black ice on the Kettlewick bank this morning. Careful out there.", dates="2026-11-23..2026-12-18", hrs=(8, 12), note="Safety.")
F("fil-20", "Walked the old corpse road path today to check a reported stile. The volunteers had already fixed it. Brilliant.", note="Rights of way.")
F("fil-21", "Shop small this Christmas. The dale's independents need you more than the big online lot do.", dates="2026-11-16..2026-12-18", note="Shop local. Compare {pos-p12}.")
F("fil-22", "Warm spaces this winter: Garsby library, Kettlewick Methodist hall, Skelthwaite Reading Room. Brew on, all welcome.", note="Service notice.")
F("fil-23", "Road closure: Scarthdale bridge, 7 to 11 December, for resurfacing. Diversion via Cotterby.", dates="2026-11-16..2026-12-04", note="Service notice.")
F("fil-24", "Anyone got a spare Santa suit? Ours has been eaten by moths 🎅", dates="2026-11-16..2026-12-11", note="Light.")
F("fil-25", "Brackengill AFC 4, Garsby 1 in the cup! Sorry Garsby. Not sorry ⚽", by="W:Brackengill", note="Banter.")
F("fil-26", "Sheep on the road at Hawkslack Head again. Slow down, they've right of way up here 🐑", note="Safety.")
F("fil-27", "Full council agenda for 16 December is out. Bus motion, budget consultation and the annual complaints report.", dates="2026-12-08..2026-12-15", note="Council business.")
F("fil-28", "Kettlewick Christmas market this weekend: forty stalls and a reindeer 🦌", dates="2026-12-07..2026-12-11", note="Community event.")
F("fil-29", "Thanks to everyone who came to the bus meeting in Cotterby. Sixty people on a wet Tuesday night. Your views are going in.", note="Consultation.")
F("fil-30", "Children in Need day at Garsby school, half the teachers dressed as a bear 🐻", dates="2026-11-13", note="School.")
F("fil-31", "Morning from a frosty Skelthwaite ❄️ Mind the cattle grid, it's like glass.", dates="2026-11-23..2026-12-18", hrs=(8, 10), note="Weather.")
F("fil-32", "Reading group's back at Garsby library, Thursdays at 2. New members welcome.", note="Library.")
F("fil-33", "EV chargers now working in Kettlewick car park. Four bays, contactless.", note="Service notice.")
F("fil-34", "Carols round the tree on Skelthwaite green, Sunday at 6. Lanterns provided 🎶", dates="2026-12-07..2026-12-18", note="Community event.")
F("fil-35", "This week's planning applications list is on the portal. Worth a look if you want to know what's proposed near you.", note="Planning, no view.")
F("fil-36", "Resident at my surgery: 'Are you the one who empties the bins?' Not quite, but I'll pass the thanks on to the crews!", note="Light.")
F("fil-37", "Tups went in today. Raddles on, fingers crossed 🐑", by="@swaledale_tups", dates="2026-11-02..2026-11-13", note="Personal sheep account. Compare {int-h03}.")
F("fil-38", "Snow on the tops, yows in the in-bye, kettle on ❄️🐑", by="@swaledale_tups", dates="2026-11-23..2026-12-18", note="Personal sheep account.")
F("fil-39", "Waxwings in Garsby! Five of them on the rowans by the chapel 🐦", by="@dalesbirder_paul", note="Personal birding account. Compare {cap-h09}.")
F("fil-40", "Short-eared owl quartering Ravensgill Moor at dusk last night. Magic.", by="@dalesbirder_paul", note="Personal birding account.")


# ================================================================ the script
SEV_ORDER = ["ok", "advice", "review", "block"]


def expand(code):
    return ALIAS[code]


def atom_set(atom):
    hs = set(CLLR)
    if atom == "ALL":
        return hs
    if atom == "OPP":
        return {h for h in hs if CLLR[h][1] != "DA"}
    if atom in ("DA", "VP", "FDG", "YI", "IND"):
        return {h for h in hs if CLLR[h][1] == atom}
    if atom in ("PL", "PLAN"):
        return {h for h in hs if "P" in CLLR[h][4]}
    if atom in ("LI", "LIC"):
        return {h for h in hs if "L" in CLLR[h][4]}
    if atom == "CAB":
        return {h for h in hs if CLLR[h][5]}
    if atom == "NOTCAB":
        return {h for h in hs if not CLLR[h][5] and h != CHAIRMAN}
    if atom in ("M", "F"):
        return {h for h in hs if CLLR[h][3] == atom}
    if atom.startswith("W:"):
        return {h for h in hs if CLLR[h][2] == atom[2:]}
    if atom.startswith("@"):
        return {atom}
    raise ValueError(atom)


def pool(spec):
    out = set(CLLR)
    for tok in spec.split("&"):
        neg = tok.startswith("!")
        tok = tok.lstrip("!")
        s = set().union(*(atom_set(a) for a in tok.split("|")))
        out = out - s if neg else out & s
    return out


def excluded(handle, text):
    name, _, _, sex, _, _, firsts = CLLR[handle]
    surname = name.split()[-1]
    for word in [surname] + firsts:
        if re.search(r"\b" + re.escape(word) + r"\b", text):
            return True
    if handle.lower() in text.lower():
        return True
    if handle in ROLES and re.search(ROLES[handle], text):
        return True
    if handle in INTEREST_TOPICS and re.search(INTEREST_TOPICS[handle], text, re.I):
        return True
    if re.search(r"\b(my|the) wife\b|proud dad", text, re.I) and sex != "M":
        return True
    if re.search(r"\bmy husband\b", text, re.I) and sex != "F":
        return True
    return False


def pick_author(rng, row):
    spec = row["by"]
    if spec.startswith("@") and "&" not in spec and "|" not in spec:
        return spec                          # set by hand
    cands = sorted(h for h in pool(spec) if not excluded(h, row["text"]))
    if not cands:
        raise SystemExit(f"no author for {row['key']}")
    return rng.choice(cands)


def days_for(row):
    d = row["dates"]
    if d is None:
        lo, hi = WINDOW
        days = [lo + dt.timedelta(n) for n in range((hi - lo).days + 1)]
    elif ".." in d:
        a, b = (dt.date.fromisoformat(x) for x in d.split(".."))
        days = [a + dt.timedelta(n) for n in range((b - a).days + 1)]
    else:
        days = [dt.date.fromisoformat(x) for x in d.split(",")]
    days = [x for x in days if x.weekday() < 5 and WINDOW[0] <= x <= WINDOW[1]]
    if not days:
        raise SystemExit(f"no weekday for {row['key']}")
    return days


def pick_time(rng, row):
    days = days_for(row)
    for _ in range(1000):
        day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(*row["hrs"]),
                        rng.randrange(60), rng.randrange(60), tzinfo=dt.timezone.utc)
        if not any(s <= t < e for s, e in MEETINGS):
            return t
    raise SystemExit(f"no time for {row['key']}")


def x_length(text):
    return sum(2 if ord(c) > 0x2000 else 1 for c in text)


def pick_platform(rng, text):
    if x_length(text) <= 280:
        return rng.choices(["x", "facebook", "bluesky"], [45, 37, 18])[0]
    if len(text) <= 300:
        return rng.choice(["facebook", "bluesky"])
    return "facebook"


def verdict(row):
    if row["kind"] != "p":
        return "ok"
    if row["v"]:
        return row["v"]
    sevs = [FIXED_SEV[row["fam"]]] + [FIXED_SEV[x] for x in row["extra"]]
    return max(sevs, key=SEV_ORDER.index)


def main():
    rng = random.Random(SEED)
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rows = list(ROWS)
    rng.shuffle(rows)
    ids = {r["key"]: f"B180-{i:04d}" for i, r in enumerate(rows, 1)}
    label = {"p": "positive", "h": "hard negative", "f": "filler"}
    out = []
    for r in rows:
        author = pick_author(rng, r)
        when = pick_time(rng, r)
        platform = pick_platform(rng, r["text"])
        fam = FAM[r["fam"]] if r["fam"] else None
        rules = [fam] + [expand(x) for x in r["extra"]] if r["kind"] == "p" else []
        allowed = [expand(x) for x in r["allow"]]
        note = re.sub(r"\{([a-z]{3}-[a-z]\d\d)\}", lambda m: ids[m.group(1)], r["note"])
        note = f"[{label[r['kind']]}; {r['how']}] {note}"
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": author,
            "created_at": when.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(r)},
            "family": fam,
            "kind_of_row": label[r["kind"]].replace(" ", "_"),
        }
        if r["kind"] == "h":
            obj["near_miss_of"] = fam
        if r["interest"]:
            obj["interest"] = r["interest"]
        obj["note"] = note
        out.append(obj)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
