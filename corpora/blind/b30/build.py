#!/usr/bin/env python3
"""Blind set b30: data-protection.personal-data, Caddow Vale District Council.

Hand-written rows plus a deterministic script (seed 3030) that shuffles the
rows, gives out ids, authors, platforms and timestamps, and writes posts.jsonl.
Running it again produces the same file.
"""
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 3030
HERE = Path(__file__).resolve().parent

DP = "data-protection.personal-data"
SEC = "security.credentials"
PA = "respect.personal-attack"
INTIM = "bullying.intimidation"
DEF = "defamation.allegation"
EQ = "equality.discrimination"
CONF = "confidentiality.disclosure"
OFF = "officers.impartiality"
IRONY = "tone.irony-risk"

COUNCIL_HANDLES = [
    "@DianeHPLab", "@RakeshMistryCad", "@OwenTLabour", "@BevSankeyWB",
    "@GPickersgillCon", "@LorraineOduyaCon", "@StuFennimore", "@JontyHarcourtCon",
    "@HannahWLibDem", "@PatMulveyLD", "@ZainabGreenTC", "@KevOrmerodInd",
    "@SallyAnnReform", "@MaryKettleInd",
]
PERSONAL_HANDLES = ["@bevs_allotment", "@kev_the_angler"]
PLATFORMS = ["x", "facebook", "bluesky"]

ROWS = []


def P(text, rules, verdict, note, allowed=(), **opts):
    ROWS.append(dict(text=text, rules=[DP] + list(rules), allowed=list(allowed), verdict=verdict,
                     note=note, family=DP, kind_of_row="positive", **opts))


def N(text, note, allowed=(), **opts):
    ROWS.append(dict(text=text, rules=[], allowed=list(allowed), verdict="ok", note=note,
                     family="hard_negative", kind_of_row="hard_negative", **opts))


def F(text, note, **opts):
    ROWS.append(dict(text=text, rules=[], allowed=[], verdict="ok", note=note,
                     family="hard_negative", kind_of_row="filler", **opts))


# ---------------------------------------------------------------- positives (50)
P("Popped in to see Doreen Ashby at 14 Malthouse Lane this morning. 91, registered blind since her stroke and still insisted on making me a brew 😊 Her downstairs loo has been broken since November though. @CaddowValeDC housing repairs, can we get someone round please?",
  [], "block", "Kindly casework plea: named resident with full address plus health (blindness, stroke).")
P("Huge thanks to everyone who shared the appeal for Kieran Platt. For those asking, he's the young lad from Coppice Road who was diagnosed with leukaemia just after Christmas. His mum Jodie has had to stop work to look after him so every penny helps ❤️",
  [], "block", "Named child, street and diagnosis; mother named too. Special category (health) about a child.")
P("Spoke to Mr Okonjo again today. Still no Home Office decision on his asylum claim after 19 months and he isn't allowed to work while he waits. This is a man who was a qualified pharmacist back home. The system is broken.",
  [], "review", "Named private individual's immigration status (asylum claim). Not listed as special category in RULES.md and no identifier, so review; nationality deliberately not stated.")
P("If anyone's got a spare single bed frame, Shannon at number 7 Brindle Court has just moved in with her two little ones after getting away from her ex (police involved, won't say more). Message me and I'll sort collection.",
  [], "block", "Domestic abuse survivor located by first name and house number, with her children. Address makes it block; dangerous disclosure despite kind intent.")
P("Reply to @threlby_mum: yes that's Trevor, Pauline's husband, he lives in the flat above the bookies on Market St. He's been in and out of the Hollybank Unit for years with his nerves, he's harmless. Leave the poor man alone please.",
  [], "block", "Reply identifying a man by first name, wife and flat location, and disclosing psychiatric admissions (mental health).")
P("Congratulations to Lucy Brammer at the Co-op on Station Road who's expecting twins in June!! She only told me this morning so not many people know yet, shh 🤫👶👶",
  [], "block", "Pregnancy (health) of a named private individual with her workplace.", allowed=[CONF])
P("The tenant at 22 Weaver's Walk who keeps moaning about noise from the pub? Half the street knows he's on the sex offenders register. Might want to keep your head down, pal.",
  [INTIM, DEF], "block", "Hostile: house number plus criminal record stated as fact, with a veiled warning to a complainant.", allowed=[PA])
P("Anyone in Holmecroft lost a little black cocker spaniel? She's safe with Mrs Gladys Newbold, 3 Orchard Cottages, Holmecroft Lane, tel 07700 900418. She's in all day as she doesn't get out much since her hip op.",
  [SEC], "block", "Careless: full name, address, private mobile (also security.credentials: private phone of another) and health.")
P("Dave Kirkland's lad, the one who got sent down for the post office job in 2019, is out now and working at the car wash on Dale Road. Fair play to him, everyone deserves a second chance 👍",
  [], "block", "Criminal record of a person identified through his father and workplace; kindly meant.", allowed=[DEF])
P("Sat with Parveen for over an hour today. Her husband died in October, she's on antidepressants now, and she says the worst bit is the letters from the council about her single person discount. Parveen's on Larkspur Avenue with her three girls. We have to do better than this.",
  [], "block", "First name plus street, mental health treatment, bereavement and children.")
P("For the benefits team: Gary Thursfield has now waited 11 weeks for his housing benefit to be sorted and his landlord has served him a possession notice. Gary's given me permission to chase this publicly because I'm getting nowhere.",
  [], "review", "Named resident's benefits claim and eviction notice. Claimed consent does not remove the finding; no special category, no identifier, so review.")
P("Please keep Jack Swinburne from the Feathers in your thoughts. Jack has battled the drink for twenty years and has finally gone into rehab at Alder Grange. He told me in confidence last week but I think he'd want folk to know. So proud of you mate.",
  [CONF], "block", "Addiction (health) of a named man with his local; also discloses what was told in confidence.")
P("Mohammed and his family at 41 Canal Street are the only Muslim household on the estate and they've had eggs thrown at the door three times now. This stops. I've reported it to the police.",
  [], "block", "Kind intent, but religion plus house number of a named family.")
P("Not sure who needs to hear this but Sandra Pollitt (our lollipop lady at St Wilfrid's) is off with cancer, not 'skiving' like someone in the Facebook group suggested. She's halfway through chemo. Have a heart.",
  [], "block", "Named school crossing patrol and her cancer treatment. Staff health.")
P("For everyone asking why there's been no lollipop lady outside Ashlode Primary since half term: she's had a breakdown, bless her, and won't be back before Easter. Cover is being sorted.",
  [], "block", "No name, but the role identifies one person; discloses mental health.")
P("Karen on Tilbury Close has asked me to share this: her son Liam, 14, is autistic and was refused the school bus AGAIN this morning. Karen I'm on it. @CaddowValeDC home to school transport, please ring her today.",
  [], "block", "Child's name, age and disability, with mother's first name and street. Consent from the parent claimed.")
P("Met Steve Hollis this morning. He's around £6,000 in debt after the council tax summons and a payday loan on top. Proud man, didn't want to ask for help. If anyone from Money Matters Caddow reads this please get in touch with me.",
  [], "review", "Named private individual's debts. Not special category and no identifier: review.")
P("Funny how the loudest voice against the mosque extension is Colin Bairstow, who as everyone on Dene Street knows has two drink-driving convictions. Sit down Colin.",
  [], "block", "Hostile: criminal record of a named resident with his street.", allowed=[PA, DEF])
P("Lovely afternoon with Ethel and Ron Scattergood at 9 Primrose Hill, Wystan Bridge, celebrating their diamond wedding! Ron's dementia means he wasn't quite sure what the fuss was about but he loved the cake 🎂💎",
  [], "block", "Warm celebration post: full names, house address and a dementia diagnosis.")
P("Shout out to Tyler Meakin at Caddowfield Academy who's just started as an apprentice with our parks team after growing up in care. Proof that care leavers can flourish when we back them 💪",
  [], "review", "Named young person (school named) disclosed as a care leaver: a service user. Not special category in RULES.md's list, so review (judgement call).")
P("Been chasing an adaptation for Mr Derek Yeomans, 68 Furnace Row, for EIGHT months. He's a double amputee living upstairs with no stairlift. Case ref HSG/2025/04417. Officers, this is not acceptable.",
  [], "block", "Name, address, disability and a council case reference.", allowed=[OFF, "haste.pause-before-posting"])
P("Reply to @JoeyV_1984: I know it's your mum, Joey, and I know Brenda's been sectioned before, but the ward staff at Hollybank can't discuss her with me either. Ring me on my council mobile and we'll work out next steps.",
  [], "block", "Public reply that ties a resident's handle to his mother by first name and her sectioning (mental health).")
P("PLEASE SHARE: Reece Dunmore, 15, from the Marlstone estate has been missing since Sunday night. He has ADHD and doesn't have his medication with him. Last seen in a grey puffer jacket near the bus station.",
  [], "block", "Missing child appeal re-written by the councillor with his medical condition added. Child plus health: block (judgement call, police appeals usually leave health out).",
  allowed=["haste.pause-before-posting"])
P("Happy 80th to my neighbour Bill Tomlinson 🎉 Born 13 Feb 1946, lived at 5 Cheapside Terrace his whole life and still clears his own gutters. Legend.",
  [], "block", "Careless birthday post on a personal account: full name, date of birth and house address (identifiers).",
  account="personal", date="2026-02-13")
P("Just had Wayne from Pitt Street on the phone in tears. He's HIV positive, lost his job when they found out, and now the jobcentre are sanctioning him. Wayne mate, I will fight this with you.",
  [], "block", "First name plus street and HIV status (health), benefits sanction.")
P("Really proud of young Aaron Beckworth who came out to his dad at our youth club last night and got the biggest hug. Aaron's only 16 and lives just round the corner from me on Jubilee Way. Love is love 🏳️‍🌈",
  [], "block", "Outing a named 16-year-old (sexuality, child) with his street; meant kindly.")
P("The woman who screamed at me at my surgery on Saturday is Tina Grewcock from Holly Bank Road. Signed off work with 'anxiety' apparently, yet she managed to shout for twenty solid minutes. Pull the other one.",
  [PA], "block", "Hostile: named resident, street, mental health and sick leave, mocked.", allowed=[IRONY])
P("Met with Lee Roberts today. Lee's facing eviction at the end of the month because his Universal Credit was stopped in error. He's asked me to make this public, so here it is. Caddow Vale, we can stop this.",
  [], "review", "Named resident's benefits and eviction; consent claimed. No special category or identifier: review.")
P("Good to finally meet the Roma family who've moved into 18 Grange Crescent. The Lakatos kids are starting at Pellerby Juniors on Monday, so please make them welcome folks 😊",
  [], "block", "Ethnicity, house address, family surname and children's school.")
P("Nadia Haddad still hasn't had her settled status confirmed and the care home she works at has suspended her until it is. I've written to our MP. Nadia, we've got your back.",
  [], "review", "Named individual's immigration status and employment. Not special category: review.")
P("If you're in Pellerby and need a lift to the jab clinic, Malcolm Henshaw has kindly offered. Ring him on 07700 900236. Retired cabbie, lives just off the green, lovely fella.",
  [SEC], "block", "Private individual's mobile number published (identifier; security.credentials names private phone numbers of others). Consent likely but still publication.")
P("Reply to @reeves_ashlode: it's Kath Dobbs's car, the silver Corsa FY19 KXT. She parks there because she's got a blue badge for her MS, so it's fine, honestly.",
  [], "block", "Vehicle registration plus name plus disability (MS).")
P("Spare a thought for young Chelsea who works at the chippy on Lord St. 17, pregnant, and her mum's just kicked her out. We've got her into a B&B for now but if anyone has baby bits going spare...",
  [], "block", "Pregnancy of an identifiable 17-year-old via first name and workplace.")
P("For those asking about the new caretaker at Wystan Bridge community centre: yes, Phil Marsden did time in the nineties. He's been completely upfront with the committee about it and he's been brilliant since he started.",
  [], "block", "Criminal record of a named private individual, defended kindly.")
P("Thoughts are with the Hargreaves family on Brook Lane after their daughter Ellie's overdose last week. She's home and recovering now. Please, please check in on your teenagers.",
  [], "block", "Child's overdose (health), named with family surname and street.")
P("Had a long chat with Joanne Pickup who has been through hell with her ex. She wants people to understand what coercive control looks like and I hope sharing her story helps someone. Proud of you Jo.",
  [], "review", "Named domestic abuse survivor; consent implied, no address. Not special category in RULES.md's list, so review (judgement call).")
P("Can someone explain why Darren Lomas, who EVERYONE knows is on heroin, has been handed a brand new flat on the Fairfield estate while working families wait years?",
  [DEF], "block", "Hostile: addiction (health) and an allegation of drug crime about a named man, with his estate.", allowed=[PA, "haste.pause-before-posting"])
P("Update on Mia and Ruby (the twins from Hawthorn Drive): social services have placed them with their nan while mum gets the help she needs. Thank you to everyone who dropped off clothes x",
  [], "block", "Children named with street, in care proceedings (service users); mother's health implied.")
P("Residents on Arkwright Street who want to sign the bins petition, email Janice directly at janice.spurr@example.com, she's co-ordinating it from number 31.",
  [], "block", "Private email address and house number of an organiser (identifiers).")
P("Bit rich Gavin Truscott lecturing the allotment AGM on 'family values' when the whole of Holmecroft knows about him and his 'lodger' 😏",
  [PA], "block", "Hostile insinuation outing a named man's sexuality.", allowed=[IRONY, EQ])
P("Mazel tov to Sarah Levy and family on Noah's bar mitzvah at the weekend! First one in Threlby in decades, I'm told. They're two doors up from me on Quarry Hill 😊",
  [], "block", "Religion of a named family and child, with their street.")
P("To whoever asked in the group: yes, it's Michelle Farnsworth you've seen at the food bank at St Anne's, and no she is not 'on the fiddle', she does 30 hours a week at Aldi and still can't make ends meet.",
  [], "review", "Named woman's food bank use and money troubles with her employer. Not special category: review.")
P("Keith Ollerenshaw (the gent in the wheelchair who sits outside the library most mornings) asked me to raise the dropped kerb on Tenter St. Done, Keith! Ticket raised ♿",
  [], "block", "Disability of a named resident, identified by his daily routine. Visible disability, so a milder case, but still special category (judgement call).")
P("Helped Ann Birkin with her pension credit at surgery today. Her NI number on the form was wrong (QQ 12 34 56 C, not QQ 12 34 56 D) so no wonder the DWP lost her claim! All sorted now 🙏",
  [], "block", "National Insurance number of a named resident plus her benefits claim.")
P("Spare a thought for our brilliant bin crew on the Holmecroft round, especially Tony Sims who's been off since his heart attack in January. Get well soon Tony, the lads miss you.",
  [], "block", "Health of a named council employee (staff), not a public office holder.")
P("Dave Pymm's youngest has been excluded from Marlstone High for the third time this term. I've spoken to the head. These kids need support, not exclusion.",
  [], "review", "Child identified through father and school; exclusion is not special category, so review (judgement call; children make it stronger).")
P("Those Loveridges who've parked up on the rec by Mill Lane are Travellers (surprise surprise). Same lot that were moved on from Pellerby last summer. Lock your sheds.",
  [EQ], "block", "Hostile: a named family's ethnicity (Gypsy/Traveller) with a criminal stereotype.", allowed=[PA, DEF])
P("To whoever reported my leaflets to the Monitoring Officer: it was Alan Crowther at 12 Bellfield Road, wasn't it. Interesting.",
  [INTIM], "block", "Address of a presumed complainant published with a veiled threat.", allowed=[PA])
P("Get well soon to Big Sue's mum from the Miners' Welfare, she's in the Royal with sepsis after her fall. Sue says she's turned a corner 🙏",
  [], "block", "Identifies a woman only through her daughter's nickname and club; health. Personal account.", account="personal")
P("Our Frank (Frank Weston, TH7 2QP) has now waited 14 weeks for his blue badge renewal after his second knee replacement. How long does it take?",
  [], "block", "Name with postcode (identifier) and health.")

# ---------------------------------------------------------------- hard negatives (50)
N("Bit of personal news: I was diagnosed with type 2 diabetes in November. Two stone lighter since and feeling better than I have in years. Get your bloods checked, folks, the NHS Health Check is free if you're 40 to 74.",
  "Councillor's own health, shared by themself.")
N("I've been open before about my depression and this winter has been a hard one. I'm taking two weeks off casework; my ward colleague Cllr Owen Trevethan is covering. Back on the 2nd.",
  "Own mental health; colleague named in his public role.", avoid=["@OwenTLabour"])
N("My eldest starts at Threlby College in September and I'm already dreading the bus timetable. Fellow parents, the consultation on the 47 route closes Friday. Have your say.",
  "Councillor's own family, no sensitive fact.")
N("A family in my ward has been living with black mould for two years. Two of the kids have asthma. I've seen it with my own eyes. Landlords: we will use every enforcement power we have.",
  "Anonymous family; health mentioned but nobody identifiable.")
N("New figures for Caddow Vale: 1,214 households on the housing register, 86 in temporary accommodation, 143 children among them. Behind every number is a family. We need to build.",
  "Statistics only.")
N("Struggling with council tax? Please don't ignore the letters. Ring the Revenues team on 0115 496 0321 (Mon to Fri, 9 to 5) and ask about a payment plan or Council Tax Support. Nobody will judge you.",
  "Service information with a council office number.")
N("If you or someone you know is experiencing domestic abuse, the Caddow Vale Domestic Abuse Service runs a free, confidential helpline on 0115 496 0744, day or night. In an emergency always call 999.",
  "Confidential helpline: service number, no personal data.")
N("Tenants: if you're worried about raising a repair with your landlord, drop me a message. Anything you tell me stays between us unless you tell me otherwise.",
  "Invitation to get in touch privately; discloses nothing.")
N("Surgery this Saturday 10 till 12 at Wystan Bridge Library. Come and talk to me in confidence about anything: housing, benefits, bins, neighbours. No appointment needed.",
  "Invitation to talk in confidence; discloses nothing.")
N("Rhona Featherstone MP told the Commons yesterday that she was treated for breast cancer last year and is now in remission. Brave of her to speak about it, and her message is simple: check yourselves.",
  "A public office holder's own public statement about her health.")
N("Pleased to see the landlord who let 7 Cobden Street fall into ruin was fined £18,000 at Caddow Magistrates' yesterday after our prosecution. Private renters deserve safe homes.",
  "Court report; a property address but no private individual named.")
N("The council's case against Fenwright Lettings Ltd finished at Threlby Crown Court today: fined £40,000 for HMO licensing breaches. A clear message to rogue operators.",
  "Court report about a company.")
N("Sentencing today at Threlby Crown Court for the fly-tipper caught on our cameras dumping asbestos on Cadman's Lane. Ryan Sheldrake, 34, got 12 weeks suspended and must pay £3,200 costs. Well done to the enforcement team.",
  "Court report of public proceedings, naming the defendant as the court did. Data-protection allowed: a conviction of a named person is the borderline.", allowed=[DP])
N("Massive thank you to Pat Goodwin, who has run the Holmecroft litter pick every month for eleven years. Pat, you're a legend. Next pick Saturday 14th, meet at the church gates at 9.30.",
  "Thanking a named volunteer; nothing sensitive.")
N("Shoutout to Ravi and the team at Caddowfield Community Fridge: 400kg of food saved from landfill in January alone 🥕🥦",
  "Thanking named volunteers.")
N("Problems with your bins in Pellerby? Gemma Stride is our Neighbourhood Officer for the area. Call her on 0115 496 0588 or catch her at the Pellerby Hub on Tuesdays.",
  "Officer in her public role with her work number.", allowed=[OFF])
N("My surgeries for February: first Tuesday, Marlstone Methodist Church hall, 6 to 7pm. Or ring my council mobile on 07700 900150 any weekday, or email cllr.ormerod@caddowvale.example.gov.uk.",
  "The councillor's own published contact details (no [self] table, so the tool must read 'my council mobile').", author="@KevOrmerodInd")
N("Cllr Rakesh Mistry, Deputy Leader and Cabinet Member for Housing, will be at Caddowfield Hub on Thursday from 2pm to take questions on the new allocations policy.",
  "Councillor named in his public role.", avoid=["@RakeshMistryCad"])
N("Expecting and worried about money? Healthy Start helps with milk, fruit and veg if you're at least 10 weeks pregnant and on certain benefits. Ask your midwife or look it up on the NHS website.",
  "Service information about pregnancy and benefits; no person.")
N("Some news from our house: I'm 14 weeks pregnant with baby number two, due in August! 🎉 I'll keep working up to the summer and will make sure Holmecroft is covered during my leave.",
  "Councillor's own pregnancy.", author="@HannahWLibDem")
N("Appalled to hear a Muslim family in Wystan Bridge had their windows smashed this week. Police are investigating. Hatred has no home here. If you saw anything, call 101 or Crimestoppers anonymously.",
  "Anonymous hate crime report: religion of an unidentified family, no address.")
N("Alcohol-related hospital admissions in Caddow Vale are 22% above the England average. Our new recovery service opens at Threlby Health Centre in March: free, confidential, no referral needed.",
  "Statistics and a confidential service.")
N("Ten years sober today. I don't talk about it much, but if one person reading this is where I was in 2016, there is a way out. The Caddow Recovery Hub saved my life.",
  "Councillor's own addiction recovery.")
N("As a wheelchair user myself I tried the new 'accessible' route through the town centre this morning. Three kerbs with no drop and a bollard slap in the middle of the path. Back to the drawing board.",
  "Councillor's own disability.")
N("PCC Alan Greatorex said today that knife crime arrests across the county are up 14%. Good to see, but prevention matters more than arrests.",
  "Public office holder's public statement.")
N("Thanks to Inspector Dev Sandhu for joining our Ashlode residents' meeting. Her team's direct line for non-urgent issues is 0115 496 0902.",
  "Public office holder with a work number.")
N("My dad had his hip done at the Royal last week and the care was outstanding. Thank you to the ward 12 nurses. He's home now and bossing Mum about 😂",
  "Councillor's own family health shared by themself, on a personal account; data-protection allowed (a relative is still a private person).",
  allowed=[DP], account="personal")
N("One of my residents, a woman in her seventies, waited nine hours for an ambulance after a fall last month. She's asked me to raise it and I will, at Health Scrutiny on Tuesday. This can't go on.",
  "Anonymous case story; nobody identifiable.")
N("Our ward has welcomed several families from Hong Kong over the last two years. If you'd like to help with English conversation sessions at the library, give me a shout.",
  "Group, not identifiable individuals.")
N("Census data shows Threlby Central is now the most diverse ward in the district, with 31% of residents from a minority ethnic background. Something to celebrate.",
  "Ethnicity statistics.")
N("Eid Mubarak to everyone celebrating in Caddow Vale! Lovely to join the community iftar at Threlby Central Mosque last week, and thank you Imam Yusuf Patel for such a warm welcome.",
  "Religious leader named in his public role; greeting to a community.", date="2026-03-20")
N("MISSING: Biscuit, a ginger tom, from around Furnace Row. Very friendly, microchipped. Please check your sheds and garages 🐈",
  "A street name but no person.")
N("Congratulations to Sandra, our lollipop lady at St Wilfrid's, on 25 years of getting our kids safely across the road! Cake at the school gates on Friday 🍰",
  "Named school crossing patrol thanked; nothing sensitive (near miss of a positive).")
N("Pension Credit: around 1,900 older people in Caddow Vale are eligible but not claiming. It can be worth thousands a year. Search 'Pension Credit' on GOV.UK, or ask me and I'll help you with the form.",
  "Benefits service information.")
N("Citizens Advice tell me debt enquiries in the district are up 40% on last year. If you're worried, talk to them early. You are not alone and it is not your fault.",
  "Debt statistics.")
N("Good result at Caddow Magistrates: a Threlby shop has been fined £6,000 for selling vapes to under-18s after a Trading Standards test purchase.",
  "Court report; no individual named.")
N("Our new Head of Housing, Colin Dunnage, is based at the Civic Centre, room 2.14, and has offered to meet tenants' groups every month. Welcome aboard Colin!",
  "Officer named in his public role with his office.", allowed=[OFF])
N("I've never hidden that I got a caution for shoplifting when I was 17. It's why I volunteer with the youth offending team now. People change.",
  "Councillor's own criminal record.")
N("Fifteen years with my husband this week, and ten since I became Caddow Vale's first openly gay councillor. Things have changed. LGBT+ History Month events at the library all February 🏳️‍🌈",
  "Councillor's own sexuality.", author="@PatMulveyLD", month=2)
N("Ash Wednesday today. As a Catholic I'll be giving up chocolate for Lent (again) and putting the savings in the food bank tin.",
  "Councillor's own religion.", date="2026-02-18")
N("Proud to present the Young Citizen awards at Pellerby Juniors today. Every Year 6 pupil has done ten hours of volunteering. Future councillors, the lot of them.",
  "Children as a group; nobody named.")
N("Blocked drain on Weaver's Walk? That one's Caddow Water, not the council. Their 24-hour line is 0115 496 0400.",
  "A utility's public number.")
N("Domestic abuse incidents reported to police in Caddow Vale rose 9% last year. Our refuge has 12 beds and was full every single night. Funding for a second one goes to cabinet next month.",
  "Statistics on domestic abuse.")
N("Reply to @mandyb_threlby: thanks Mandy, I've picked this up. I won't discuss your case on here but I'll ring you this afternoon as agreed.",
  "Reply to a resident by handle and first name, disclosing nothing.")
N("Reply to @gazza_pellerby: sorry to hear that Gaz. DM me your address and I'll chase the repair. Please don't post it publicly.",
  "Reply asking for details privately.")
N("Respect to Lee Farrant, the former Caddow Town keeper, who spoke on Radio Caddow this morning about his gambling addiction. He's giving a talk at the Miners' Welfare next week, all welcome.",
  "Public figure's own public statement; he is not in the council's config, so data-protection allowed.", allowed=[DP])
N("Wishing Cllr Mary Kettleborough a speedy recovery after her operation. Mary asked me to let residents know she'll be back at surgeries in March and her casework is covered.",
  "A fellow councillor's news, shared at her request; data-protection allowed (health of a public office holder).", allowed=[DP], avoid=["@MaryKettleInd"])
N("A child in our district was seriously hurt at the crossing near the school last week. I won't say more out of respect for the family, but that crossing needs lights now.",
  "Anonymous child; discloses no identity.")
N("The Welfare Rights team (0115 496 0612) can check you're getting everything you're entitled to. Ask for Tariq Aslam's team at the Civic Centre, Threlby.",
  "Service number and an officer named in his public role.", allowed=[OFF])
N("Memory Café at Wystan Bridge Methodist Church every other Wednesday, 2 till 4, for people living with dementia and the people who care for them. Tea, cake, music. Just turn up.",
  "Service information about dementia.")

# ---------------------------------------------------------------- fillers (15)
F("Gritters are out tonight on all priority routes. Take care on the untreated side roads first thing.", "Ordinary service post.")
F("Budget agreed at full council: council tax up 2.99% and the leisure centre stays open. Not everything we wanted but a fair outcome.", "Ordinary council post.")
F("Potholes on Cadman's Lane finally filled. Took a while, but thanks to the highways crew for a tidy job.", "Ordinary ward post.")
F("Who else is glued to the snooker this weekend? 🎱", "Personal chat.", account="personal")
F("Garden waste collections restart on 2 March. Renew your permit online before then.", "Service information.")
F("Walked the new section of the canal towpath at Threlby today, gorgeous. Bring your wellies though.", "Ordinary ward post.")
F("Library opening hours are extended on Thursdays from next week, open till 7pm.", "Service information.")
F("Great turnout at the Marlstone Spring Fair planning meeting. Stalls still available if you want one!", "Ordinary community post.")
F("Recycling centre on Mill Lane is closed Monday for resurfacing. Reopens Tuesday 8am.", "Service information.")
F("Burns Night tatties and neeps at ours tonight. Not a haggis fan but I'll give it a go.", "Personal post.", account="personal", date="2026-01-23")
F("New defibrillator installed outside Holmecroft village hall, paid for by the parish. Training session on the 20th.", "Ordinary community post.")
F("Reminder: you'll need photo ID to vote in May. If you haven't got any, apply for a free Voter Authority Certificate.", "Service information.")
F("My sourdough starter has come back from the dead. Small wins.", "Personal post.", account="personal")
F("Bus shelter on Station Road replaced after the storm. Thanks to everyone who reported it.", "Ordinary ward post.")
F("Cabinet papers for next week's meeting are online now. Plenty in there on the town centre plan, have a read.", "Ordinary council post.")


def weekdays(start, end):
    d = start
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    days = weekdays(datetime(2026, 1, 5), datetime(2026, 3, 27))
    out = []
    for i, r in enumerate(rows, 1):
        account = r.get("account", "councillor")
        if "author" in r:
            author = r["author"]
        elif account == "personal":
            author = rng.choice(PERSONAL_HANDLES)
        else:
            pool = [h for h in COUNCIL_HANDLES if h not in r.get("avoid", [])]
            author = rng.choice(pool)
        if "date" in r:
            day = datetime.strptime(r["date"], "%Y-%m-%d")
        elif "month" in r:
            day = rng.choice([d for d in days if d.month == r["month"]])
        else:
            day = rng.choice(days)
        ts = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59),
                         tzinfo=timezone.utc)
        out.append({
            "id": f"b30-{i:03d}",
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": rng.choice(PLATFORMS),
            "account": account,
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        })
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        counts[o["kind_of_row"]] = counts.get(o["kind_of_row"], 0) + 1
    print(len(out), counts)


if __name__ == "__main__":
    main()
