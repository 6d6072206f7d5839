"""HN1: harsh criticism of a policy, decision, party, company or the council (28)."""
from rowlib import H

ROWS = [
    H("hn1_spineless", "HN1", "pa",
      "Shelving the Gannock Fen flood wall for the third year running is a "
      "spineless decision. We've been told every winter what happens when the "
      "Hundred Drain tops out. Shelving it again is a choice, and it's the "
      "wrong one.",
      "Calls a decision spineless; [[pa08]] calls a person that. Personal "
      "attack allowed."),
    H("hn1_bankroad", "HN1", "",
      "Third car in the drain on the Twelve Foot bank road since Christmas. "
      "The verge is slumping into the water and we keep patching potholes "
      "instead of fixing the bank. This needs a proper plan before somebody "
      "dies.",
      "The clean twin of [[al01]]."),
    H("hn1_parkingapp", "HN1", "",
      "The new parking app is not fit for purpose. Stood in the sleet in "
      "Wenlode market square for twenty minutes trying to pay 80p. Bring back "
      "the coin machines until it works.",
      "The clean twin of [[al05]]."),
    H("hn1_fenhome", "HN1", "pa df",
      "I've reported Fenhome Housing to the social housing regulator today. "
      "Mould in 41 flats at Beet Close, repairs logged in 2024 still open. "
      "This landlord is failing its tenants, full stop.",
      "Harsh criticism of a landlord's record, made through the proper "
      "route; compare [[al23]]."),
    H("hn1_dykeclearance", "HN1", "eq",
      "Twelve Foot Drainage Board have finally cleared the dyke behind "
      "Chapel Row. Eighteen months of asking. It should never take a flooded "
      "kitchen to get a ditch slubbed out.",
      "'Dyke' is the drain and 'slubbed out' means cleared of silt; equality "
      "allowed because the same word is a slur in [[eq22]]."),
    H("hn1_drovers", "HN1", "pa df",
      "Drovers Waste missed 1,100 collections last quarter by their own "
      "figures and still got the full contract payment. I'm asking Audit "
      "Committee to look at the penalty clauses. Somebody's not doing their "
      "job and it ent the residents.",
      "Record criticism of a contractor with figures; compare [[df06]] "
      "('crooks', 'con')."),
    H("hn1_gangmaster", "HN1", "pa df",
      "Eastfen Labour has had two licence warnings in three years. Pellew "
      "Fresh should drop them. People working our packhouses deserve a "
      "labour provider that pays holiday pay on time.",
      "Criticism of a company's record; compare [[df10]] ('bent')."),
    H("hn1_budget", "HN1", "pa",
      "This budget is a shambles. A 4.99% rise, Lode Baths closed, and £2m "
      "parked in reserves 'just in case'. The Drainers' Alliance should be "
      "ashamed of it.",
      "Robust criticism of a budget and a party: the code's own example of "
      "what must not be blocked."),
    H("hn1_marketmove", "HN1", "",
      "Moving the market off the square and onto the bus station car park is "
      "the daftest decision this council has made in years. Traders weren't "
      "asked, shoppers weren't asked. Reverse it.",
      "Harsh criticism of a decision."),
    H("hn1_solar", "HN1", "pa",
      "Fenlight Solar's £300 'community benefit' for Moreby is an insult to "
      "a village losing 400 acres of grade 1 silt. Grade 1 land should grow "
      "food, not glass.",
      "The clean twin of [[al16]]; 'an insult' is aimed at an offer."),
    H("hn1_bus", "HN1", "",
      "The 47 cut is a disgrace. Twelve Foot now has one bus a day and it "
      "leaves at twenty to seven in the morning. How is a pensioner meant to "
      "get to the surgery in Wenlode?",
      "Service criticism; 'pensioner' is a neutral mention."),
    H("hn1_packhousehgv", "HN1", "pa",
      "The decision to send packhouse lorries through Moreby was taken "
      "without one consultation event. Forty-four tonners on a road built "
      "for a horse and cart. Bad decision, badly made.",
      "The clean twin of [[al11]]."),
    H("hn1_commoners", "HN1", "pa",
      "The Commoners' Party have voted against every flood defence budget "
      "for three years, then turn up in wellies for the photos when the "
      "water comes. Pick a side.",
      "Sharp criticism of a party's voting record."),
    H("hn1_standard", "HN1", "pa",
      "The Wenlode Standard got the Lode Baths story badly wrong this week. "
      "The pool closes in June, not April, and nobody is being made "
      "redundant. Poor journalism. We've asked for a correction.",
      "Criticism of a newspaper's reporting; compare [[al12]]."),
    H("hn1_growers", "HN1", "pa",
      "The Growers' League want to sell off half the Ketteridge allotments "
      "for houses. Absolutely not. Those plots have fed families round here "
      "since the war.",
      "Opposition to a party's proposal."),
    H("hn1_hurnlane", "HN1", "pre off",
      "Hurn Lane: I have serious concerns about the flood risk assessment, "
      "particularly how much it leans on the Gannock pumping station. I'll "
      "read the officers' report in full and listen to the evidence at "
      "committee before I decide anything.",
      "Predisposition, not predetermination, on the pending application; "
      "compare [[al19]]."),
    H("hn1_toilets", "HN1", "",
      "Wenlode District Council has left the Saltholme public toilets shut "
      "for fourteen months. It's not complicated. Fix them or hand them to "
      "the town council.",
      "Criticism of the council itself."),
    H("hn1_ripoff", "HN1", "pa df",
      "Drovers Waste putting garden waste up to £65 a year is ripping off "
      "residents who've no choice but to pay. Shop around? There's nowhere "
      "else to go.",
      "'Ripping off' about a price rise: defamation and personal attack "
      "allowed."),
    H("hn1_ibdletter", "HN1", "irony",
      "The Drainage Board's rates letter is a masterpiece of confusion. "
      "Three pages, two different totals and no phone number. Rewrite it in "
      "plain English, please.",
      "Irony aimed at a letter, not a person: irony allowed."),
    H("hn1_fenblow", "HN1", "",
      "Every spring the fen blow strips the topsoil off the Gannock fields "
      "and dumps it in the dykes and across the roads, and every spring the "
      "hedgerow scheme is 'under review'. Enough review. Plant the hedges.",
      "Policy criticism in Fen terms ('fen blow', the spring soil storms)."),
    H("hn1_allocations", "HN1", "pa",
      "The allocations policy change is cruel. Families in B&Bs in Wenlode "
      "will wait longer so the cabinet can hit a target on paper. Vote it "
      "down on Thursday.",
      "'Cruel' about a policy, with the cabinet as a body."),
    H("hn1_baths", "HN1", "",
      "Closing Lode Baths is short-sighted, mean and wrong. Kids in the Fens "
      "grow up surrounded by water and a third of them leave primary unable "
      "to swim.",
      "Harsh words for a decision."),
    H("hn1_consultation", "HN1", "",
      "The 'consultation' on the Saltholme bypass ran for nine days over "
      "Christmas with one drop-in at 11am on a weekday. That's not "
      "consultation, that's a tick-box. Run it again, properly.",
      "Criticism of a process; scare quotes at a process, not a person."),
    H("hn1_pellew", "HN1", "pa df",
      "Pellew Fresh made £9m profit last year and still has its night shift "
      "on zero-hours contracts at the bare minimum. There are good employers "
      "in this district. On this, Pellew isn't one of them.",
      "Criticism of a company's employment record."),
    H("hn1_reserves", "HN1", "",
      "Raiding the flood reserve to balance the revenue budget is reckless. "
      "When the Hundred Drain tops out again, and it will, there'll be "
      "nothing in the pot.",
      "Financial criticism."),
    H("hn1_scrutiny", "HN1", "pa",
      "Scrutiny called in the bins contract and the cabinet ignored every "
      "single recommendation. What is scrutiny for if the answer is always "
      "'noted'?",
      "Criticism of the cabinet as a body for a decision."),
    H("hn1_gault", "HN1", "pa df",
      "Gault Homes' record on their last Ketteridge estate is poor: roads "
      "still unadopted eight years on, no play area, drains that back up "
      "every winter. That's a matter of record, and it's why people are "
      "wary.",
      "Record criticism of a developer; takes no view on the pending Hurn "
      "Lane application."),
    H("hn1_chargers", "HN1", "",
      "Four EV chargers for the whole of Twelve Foot and Moreby, and two of "
      "them broken. The 'green transition' out here is a joke.",
      "'A joke' about a programme."),
]
