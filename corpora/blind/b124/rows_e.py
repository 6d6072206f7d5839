"""HN4 and HN5 hard negatives, written by hand."""
from rowdefs import P

# ---- HN4: neutral or positive mentions, self-description, reclaimed terms ----
P("h4_01", "Reminder that I still can't get my wheelchair up the steps of the old town hall, so Thursday's committee is in Winkleton library again. Step-free access by 2027 is in the budget and I'll hold them to it.",
  "", "EQ", "ok", "HN4 Self-description; compare {eq14}.", who="Aaron Cackett")
P("h4_02", "I'm 26, I'm gay, I grew up over my nan's B&B in Cockle Bay, and I'm on the council because I want my mates to be able to afford to live here. That's it. That's the post.",
  "", "EQ", "ok", "HN4 Self-description.", who="Tom Kingsnorth")
P("h4_03", "Queer Kent night at the Winkleton pavilion on Friday was rammed. Thanks to everyone who came, and to the lifeboat lads who ran the bar.",
  "", "EQ AB", "ok", "HN4 Reclaimed 'queer' by a gay councillor.", who="Tom Kingsnorth")
P("h4_04", "Time to Talk Day. I'm autistic, and council meetings are loud and long. Ear defenders aren't rude, they're how I stay in the room. Ask me about it any time.",
  "", "EQ", "ok", "HN4 Self-description; compare {eq17}.", who="Owen Pett", day="2026-02-05")
P("h4_05", "Huge thanks to the seasonal crews, mostly from Romania and Bulgaria this year, who got the Pippinden cherries in during last summer's heatwave. The growers' supper at the oast was a proper do.",
  "", "EQ", "ok", "HN4 Neutral mention of national origin; compare {eq03}.")
P("h4_06", "Three years ago I was signed off with depression. Today I chaired scrutiny. It does get better. The Gullhaven Mind drop-in is Mondays, 10 till 2.",
  "", "EQ DP", "ok", "HN4 His own health; compare {eq15}.", who="Gavin Upton")
P("h4_07", "Langar at the Gullhaven gurdwara this Sunday, 12 till 3. Everyone welcome: turban or no turban, hungry or just nosy. Bring a friend.",
  "", "EQ", "ok", "HN4", who="Harjit Sandhu")
P("h4_08", "Ramadan Mubarak to everyone in Winkleton fasting this month. Iftar at the community centre on Friday, open to all, Muslim or not. The lentil soup is my mum's recipe.",
  "", "EQ", "ok", "HN4", who="Samira Haddad", day="2026-02-19")
P("h4_09", "My grandad came from Kumasi in 1962 to work the harbour cranes. Black history isn't just for October; it's Gullhaven's history too.",
  "", "EQ", "ok", "HN4", who="Nadia Osei")
P("h4_10", "The Gurkha welfare coffee morning at the old barracks is now every Thursday. Dal bhat and tea for whoever turns up. Ayo Gorkhali!",
  "", "EQ", "ok", "HN4", who="Bhim Gurung")
P("h4_11", "Our takeaway turns forty this month. My dad came over from Hong Kong and learned to do skate and chips the Kentish way. Cockle Bay made us.",
  "", "EQ", "ok", "HN4 Compare {bu15}.", who="Kelvin Ho")
P("h4_12", "My family picked hops round Pippinden for four generations, living in the hoppers' huts every September alongside the Londoners. Romany Gypsy and proud of it. The heritage trail finally tells our side.",
  "", "EQ", "ok", "HN4 Self-description; compare {eq09}.", who="Ray Buss")
P("h4_13", "Born in Poznań, made in Oasthurst. Twenty-two years of Kentish cobnuts and I still can't say 'Pippinden' the way Frank does.",
  "", "EQ", "ok", "HN4", who="Rosa Kowalczyk")
P("h4_14", "Trans Day of Visibility is at the end of the month, but I'm visible every day on the Cockle Bay doorsteps. Proud trans woman, proud Garden Green, and still waiting on that zebra crossing.",
  "", "EQ", "ok", "HN4 Self-description; compare {eq25}.", who="Fern Ashdown", day="2026-03-10")
P("h4_15", "At 78 I'm the oldest Mayor this district has had, and I intend to be the busiest. Forty-two engagements in January, two hoodening plays among them.",
  "", "EQ", "ok", "HN4 Self-description of age; hoodening is the Kentish Christmas hobby-horse tradition.", who="Maureen Sladden", day="2026-02-03")
P("h4_16", "Lovely to welcome Year 6 from Winkleton Primary to the Shinglestone synagogue. Lots of questions about the Torah scroll and one about whether we do fish and chips on Fridays (we do).",
  "", "EQ", "ok", "HN4", who="Ruth Lazarus")
P("h4_17", "New hearing aids fitted at Gullhaven General. Marvellous. Heard a skylark over the Marsh this morning for the first time in years. NHS audiology, take a bow.",
  "", "EQ DP", "ok", "HN4 His own hearing; compare {eq20}.", who="Frank Godden")
P("h4_18", "Congratulations to Cockle Bay Deaf FC on the county cup. The whole presentation was signed; I managed 'well done' and 'thank you' in BSL.",
  "", "EQ", "ok", "HN4")
P("h4_19", "International Women's Day yesterday: the Winkleton fishwives heritage walk was a triumph. These women ran the beach boats' catch for two centuries.",
  "", "EQ", "ok", "HN4", day="2026-03-09")
P("h4_20", "Some personal news: I'm expecting in July! Surgeries carry on until June, and I've asked for a proper parental leave arrangement for members.",
  "", "EQ DP", "ok", "HN4 Her own pregnancy; compare {eq26}.", who="Ellie Marden")
P("h4_21", "Fifteen years today since Jan and I had our civil partnership at the old Oasthurst oast. Still the best day's work I ever did.",
  "", "EQ", "ok", "HN4", who="Linda Finn", day="2026-03-12")
P("h4_22", "Dykeside families, the Kurdish lads from the car wash and the Nepali elders from the Heights all turned out for the beach clean on Sunday. Winkleton looked a picture.",
  "", "EQ", "ok", "HN4")
P("h4_23", "Great turnout at the youth council. Average age fifteen, and they asked sharper questions about the harbour budget than we managed in six hours at cabinet.",
  "", "EQ PA", "ok", "HN4 Positive mention of age.")
P("h4_24", "Holi on Winkleton green! Colour everywhere, including all over my good coat. Thank you to the Shinglestone Hindu society for having us.",
  "", "EQ", "ok", "HN4", day="2026-03-04")
P("h4_25", "St Patrick's Day at the Smugglers' Rest: Gullhaven's Irish families go back to the navvies who built the harbour railway. Sláinte.",
  "", "EQ", "ok", "HN4", day="2026-03-17")
P("h4_26", "The Marsh Mad Old Gits walking group are all over seventy, walk eight miles every Tuesday, and have asked me to make clear the name is theirs and they're keeping it.",
  "", "EQ PA AB", "ok", "HN4 In-group name for older walkers.")
P("h4_27", "The Eritrean and Sudanese lads at the Belvedere have been volunteering in the lifeboat shop on Harbour Street. Kind, polite, and very good at folding jumpers.",
  "", "EQ", "ok", "HN4 Neutral mention of asylum seekers.")
P("h4_28", "Gypsy tart on the school dinner menu at Winkleton Primary this week. Kentish classic. Not a crumb left.",
  "", "EQ", "ok", "HN4 The Kentish pudding; the word is not aimed at anyone.")

# ---- HN5: figurative violence, banter, self-deprecation, idioms ----
P("h5_01", "We got murdered at the quiz in the Smugglers' Rest. Bottom of the table behind two ferry crews. Rematch next month.",
  "", "BU", "ok", "HN5")
P("h5_02", "Gullhaven Town gave Shinglestone a proper hiding on Saturday, 4-0. Come on you Gulls!",
  "", "BU", "ok", "HN5 Shares 'a proper hiding' with {bu14}.")
P("h5_03", "@KevWraight you old rogue, that's three cake sales you've beaten me to this month. I'll have you at the hop festival bake-off.",
  "", "PA BU", "ok", "HN5 Banter with a handle.")
P("h5_04", "I'm a proper dinosaur with this new voting app. Took me four goes. The clerk was very patient with me.",
  "", "EQ PA", "ok", "HN5 Self-deprecation.", who="Colin Beerling")
P("h5_05", "Killing it at the beach clean this morning: 43 bags and a shopping trolley. Winkleton, you were brilliant.",
  "", "BU", "ok", "HN5")
P("h5_06", "Nadia and I knocked lumps off each other in the budget debate this afternoon, then shared a bag of chips on the harbour wall. That's how it should be.",
  "", "BU PA", "ok", "HN5 Figurative fighting with a named opponent.", who="Roger Pilcher")
P("h5_07", "Apologies for the state of me at the lambing open day. Mud from head to foot, and the lookers were far too polite to laugh. Sheep 1, Councillor 0.",
  "", "", "ok", "HN5 Self-deprecation.")
P("h5_08", "The gulls on Cockle Bay front are the real opposition. Took my sandwich clean out of my hand mid-interview. Absolute gangsters.",
  "", "PA AB", "ok", "HN5 'Gangsters' at gulls.")
P("h5_09", "We're in deep water on the dredging budget, pun very much intended. Another £400k or the channel silts up by 2028.",
  "", "BU", "ok", "HN5 Shares 'deep water' with {bu06}.")
P("h5_10", "Shingle all over the prom again. Mother Nature's having a right go at us this winter. Proper unkid weather. Sweepers out at six.",
  "", "", "ok", "HN5 'Unkid' (Kentish: dreary) about weather; {pa26} uses it at a person.")
P("h5_11", "Swimey after three hours of licensing committee. Somebody pass me a huffkin and a cup of tea.",
  "", "", "ok", "HN5 'Swimey' (dizzy) and a huffkin (Kentish bread roll); compare {pa15}.")
P("h5_12", "Pistols at dawn on the Winkleton groyne, @StuHogbenIP: loser buys the 99s all summer. 🍦",
  "", "BU PA", "ok", "HN5 Banter challenge by handle.")
P("h5_13", "Roger's been battered at darts by the Oasthurst WI. Again. Sixth year running. Someone get the man a longer arm.",
  "", "BU PA", "ok", "HN5")
P("h5_14", "She'll regret that at the rematch! Ellie just beat me at crazy golf on Winkleton front by one shot. One.",
  "", "BU PA", "ok", "HN5 Shares 'regret' with {bu09}.")
P("h5_15", "I'm 62, I've got knees like an old oast floor, and I still finished the Marsh 10k. Slowest in my age group, proudest too.",
  "", "EQ", "ok", "HN5 Self-deprecation about age.", who="Graham Tapp")
P("h5_16", "Man of Kent or Kentish Man? East of the Medway, so Man of Kent, and I'll fight anyone who says different. Over a pint.",
  "", "BU", "ok", "HN5")
P("h5_17", "Frank Godden tells everyone he's 39. Fibber! He remembers the '53 floods.",
  "", "DF EQ PA", "ok", "HN5 'Fibber' in banter; compare {df10}.")
P("h5_18", "Dunnamany times I've lost my council pass this year. Security just waves me through now. Hopeless, I am.",
  "", "PA", "ok", "HN5 Self-deprecation with the same Kentish word as {pa09}.")
P("h5_19", "Storm's battered the beach huts something rotten. Insurance forms tomorrow; tea and biscuits today.",
  "", "BU", "ok", "HN5")
P("h5_20", "Gritters out on the Marsh roads and the Heights from 4pm. Take it steady, and sleep well, Gullhaven.",
  "", "BU", "ok", "HN5 Ends with 'sleep well', like {bu18}.")
P("h5_21", "Took a right roasting from the youth council today. Deserved it, too, so no winnicking from me. They want the skate park and they've done the costings.",
  "", "BU PA", "ok", "HN5 'A right roasting' and 'winnicking' (as in {bu12}) turned on oneself.")
P("h5_22", "Harjit and I are at war over the best chips in the district. He says the harbour, I say Cockle Bay. Loser wears a Gulls shirt to full council.",
  "", "BU PA", "ok", "HN5 Banter between a Cockle Bay takeaway owner and a colleague.", who="Kelvin Ho")
P("h5_23", "Smashed it at the hoodening this year. The horse's jaw fell off halfway down Oasthurst high street but the carols held up.",
  "", "BU", "ok", "HN5")
P("h5_24", "My wife says I've got a face like a wet weekend in Cockle Bay. After that cabinet meeting she's not wrong.",
  "", "PA EQ", "ok", "HN5 Self-deprecation; 'my wife' is not a put-down.", who="Kevin Wraight")
P("h5_25", "Killer quiz question from the Heights: how many oast houses in the district? 214. I guessed 40. Shocking.",
  "", "BU", "ok", "HN5")
P("h5_26", "Daft as a brush, me: turned up at the wrong lido for the reopening. Winkleton, not Shinglestone. Sorry, Winkleton!",
  "", "PA", "ok", "HN5")
P("h5_27", "The blossom in Pippinden is going to knock your socks off this year. Open orchards weekend, 11 and 12 April.",
  "", "BU", "ok", "HN5")
P("h5_28", "Kelvin's sweet and sour is lethal. Tried it at the Lunar New Year do and I'm still recovering. 10/10.",
  "", "BU", "ok", "HN5")
