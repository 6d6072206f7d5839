"""HN2 and HN3 hard negatives, written by hand."""
from rowdefs import P

# ---- HN2: counter-speech and quoting abuse to condemn it ----
P("h2_01", "Somebody shouted 'go back to Nepal' at me outside the Co-op today. I served this country for 22 years in the Brigade of Gurkhas, and Gullhaven Heights is my home. The neighbours who stepped in said more than he ever could.",
  "", "EQ", "ok", "HN2 Quotes abuse received to condemn it.", who="Bhim Gurung")
P("h2_02", "'Go back to Africa' was in my inbox again this morning. I was born in Gullhaven General. My mum nursed there for thirty years. I'm going nowhere.",
  "", "EQ", "ok", "HN2 The same words as {eq04}, quoted by the target.", who="Nadia Osei")
P("h2_03", "To the man who spat 'gyppo' at a lad at the Pippinden fair: that word isn't banter, it's a slur, and it has no place in this district. Reported to Kent Police.",
  "", "EQ AB", "ok", "HN2 Quotes the slur in {eq02} to condemn it.")
P("h2_04", "I've seen people call the families at the Belvedere 'invaders' and 'cockroaches'. That is the language of the 1930s. Argue about policy all you like, but those are human beings.",
  "", "EQ AB", "ok", "HN2")
P("h2_05", "Holocaust Memorial Day. My great-grandmother left Vienna with one suitcase. Today I'll read names at the Shinglestone synagogue. And to whoever keeps posting that 'they always look after the money': that lie is older than the pier, and it led to the camps.",
  "", "EQ", "ok", "HN2 Names the trope of {eq12} to condemn it.", who="Ruth Lazarus", day="2026-01-27")
P("h2_06", "'Fat pig' and 'stupid cow' in the replies to a woman councillor for asking about bus routes. If that's how you talk to people, don't be surprised when nobody stands for office.",
  "", "PA AB EQ", "ok", "HN2")
P("h2_07", "Got called a 'towelhead' on the ferry this morning. For the record: it's a turban, a dastaar, and the Gullhaven gurdwara fed 400 stranded lorry drivers for free last Christmas.",
  "", "EQ AB", "ok", "HN2 Compare {eq11}.", who="Harjit Sandhu")
P("h2_08", "A mum told me her son was called a 'mong' in the lido café last week. He goes to the Shingle Lane day centre. Staff were brilliant and the customer was asked to leave. Words like that hurt.",
  "", "EQ AB DP", "ok", "HN2 Condemns the slur in {eq16}; a child and his day centre allow data protection.")
P("h2_09", "Someone wrote 'man in a dress' across my surgery poster in Cockle Bay. I've taken a photo for the police and put up a new one. Surgery's still on, Saturday 10 till 12. Trans people live here, work here and vote here.",
  "", "EQ", "ok", "HN2 Compare {eq25}.", who="Fern Ashdown")
P("h2_10", "Tom Kingsnorth got sent 'poof' and worse after the bunting vote. Whatever you think about bunting, that's abuse, and I stood with him at the police station today.",
  "", "EQ AB", "ok", "HN2 Quotes the slur of {eq23} in solidarity.")
P("h2_11", "Saw a post saying pregnant councillors should 'stay at home where they belong'. Our group has two new mums and they outwork half the chamber. Grow up.",
  "", "EQ", "ok", "HN2")
P("h2_12", "A lad on Facebook reckons I'm 'too old and too deaf' for the Marsh. I'm 81 and I hear fine with these hearing aids, thank you. Come out lambing with me and we'll see who's tired first.",
  "", "EQ PA", "ok", "HN2 Quoted abuse answered with humour.", who="Frank Godden")
P("h2_13", "Anyone writing 'send them back in the boats they came in' under the council's posts: your comments are being hidden and reported. Disagree with asylum policy by all means. Don't wish drowning on people.",
  "", "EQ BU", "ok", "HN2")
P("h2_14", "Somebody has posted a colleague's mobile number and told people to ring it all night. Whoever you are, take it down. Pile-ons are harassment, not politics.",
  "", "BU DP", "ok", "HN2 Condemns a post like {bu07} without repeating the number.")
P("h2_15", "Shouting 'Paki' at a taxi driver on Harbour Street at chucking-out time isn't 'just the drink talking'. He's lived here forty years. The police have the CCTV.",
  "", "EQ AB", "ok", "HN2")
P("h2_16", "'Silly girl' and 'know your place'. That's what the Gazette's comment section said about our youngest candidate last week. She's 23, she's a marine engineer, and she's sharper than the lot of them.",
  "", "EQ PA", "ok", "HN2")
P("h2_17", "Happy Lunar New Year from our family's takeaway on Cockle Bay front! 🧧 Forty years of bored lads shouting 'ching chong' through the door, and forty years of doing chips for the lifeboat crew anyway. Proud to be Kentish.",
  "", "EQ AB", "ok", "HN2 Quotes the slur to reject it.", who="Kelvin Ho", day="2026-02-17")
P("h2_18", "'Go home to Poland' was scratched on my car in Oasthurst. I came here in 2004 to pick apples; now I chair the rural economy panel. This is my home. The police are dealing with it.",
  "", "EQ", "ok", "HN2", who="Rosa Kowalczyk")
P("h2_19", "The 'jokes' about Aaron Cackett's wheelchair at the carnival planning meeting were not jokes. I called it out at the time and I'm calling it out here.",
  "", "EQ PA", "ok", "HN2 Condemns mockery; compare {eq14}.")
P("h2_20", "I'm not having 'Muslamic' and 'go back to the desert' in the comments under a post about the Eid lights on Winkleton prom. Delete, block, report. Eid Mubarak to everyone celebrating.",
  "", "EQ", "ok", "HN2", day="2026-03-20")
P("h2_21", "Calling someone 'retarded' because they voted the other way on the lido is beneath anyone in public life. Find another word.",
  "", "EQ AB PA", "ok", "HN2")
P("h2_22", "Stop calling fruit pickers 'Eastern European scum'. They pick the cherries in your cherry batter pudding. Have some decency.",
  "", "EQ AB", "ok", "HN2 Compare {eq03}.")
P("h2_23", "A man followed me down the prom shouting about my hijab. I'm fine. Huge thanks to the two fishermen off the Winkleton beach boats who walked me to my car. That's the Kent I know.",
  "", "EQ BU", "ok", "HN2 Reports harassment she received.", who="Samira Haddad")
P("h2_24", "Whoever wrote 'lock up your diesel, the gypsies are back' on the hop farm page: that's a hate post. Families from Dykeside have been part of the hop harvest for 150 years.",
  "", "EQ DF", "ok", "HN2 Quotes the trope of {eq09} to condemn it.")
P("h2_25", "The anonymous account calling the Mayor 'a senile old bat' needs to stop. Disagree with her rulings all you like. That's not how we speak to anyone.",
  "", "EQ PA", "ok", "HN2 Compare {eq18}.")
P("h2_26", "Somebody has been sending my partner and me letters about our 'fake marriage'. Fourteen years together, civil partnership in 2011, and I won't be frightened out of Oasthurst. Thanks for the flowers, neighbours.",
  "", "EQ", "ok", "HN2 Compare {eq27}.", who="Linda Finn")
P("h2_27", "I've seen councillors elsewhere call people 'scroungers on mobility scooters'. Not in this chamber, please. Disabled residents deserve better from all of us.",
  "", "EQ PA", "ok", "HN2")
P("h2_28", "'Too many foreigners in Gullhaven' is not a planning objection. Please stop putting it on consultation forms; officers have to read every one.",
  "", "EQ PR OF", "ok", "HN2 Quotes prejudice to reject it.")

# ---- HN3: denied prejudice, myth-busting, civil debate on protected topics ----
P("h3_01", "Small boats: I want the crossings stopped because people are drowning in the Channel. That means safe routes and proper processing, not slogans. Happy to debate it civilly with anyone.",
  "", "EQ", "ok", "HN3 Same topic as {eq01}, civil.")
P("h3_02", "Myth-busting: no, people at the Belvedere don't get council houses ahead of local families. Asylum seekers aren't eligible for our housing register at all. Allocations policy linked below.",
  "", "EQ", "ok", "HN3")
P("h3_03", "Facts on the Romanian and Bulgarian pickers: they pay tax, they pay rent to the farms, and without them Pippinden's cherries rot on the tree. Look what happened in 2023.",
  "", "EQ", "ok", "HN3 Rebuts {eq03}.")
P("h3_04", "I'm not against the Belvedere contract because of who's inside it. I'm against it because that hotel was our only seafront venue for weddings and the jobs went with it. Both things can be true.",
  "", "EQ", "ok", "HN3 Denied prejudice, with a reason that stands on its own.")
P("h3_05", "Do disabled people get free parking in the new seafront car park? Yes, with a Blue Badge, for three hours. Some comments say it's being abused; the enforcement figures don't show that.",
  "", "EQ DF", "ok", "HN3")
P("h3_06", "Parents have asked me about the Belvedere and the walk to the bus stop. I asked the police for the figures: no rise in reported incidents since it opened. I'll keep sharing the numbers as they come.",
  "", "EQ", "ok", "HN3 The nearest civil version of {eq07}.")
P("h3_07", "Is a 7% council tax rise fair on pensioners on fixed incomes? I don't think it is. That's not ageism, it's arithmetic.",
  "", "EQ", "ok", "HN3")
P("h3_08", "Quick clarification: the transit site on the Marsh is up to eight pitches for up to six weeks at a time. It's a legal duty, it cuts unauthorised camps, and it's been consulted on.",
  "", "EQ PR", "ok", "HN3")
P("h3_09", "Question I get a lot: do Gurkha veterans get priority on the housing list? They get the armed forces priority like any other veteran. No more, no less.",
  "", "EQ", "ok", "HN3")
P("h3_10", "On the Cockle Bay mosque extension: my concern is Friday parking on Harbour Road, the same thing I raised about the church hall extension in 2019. I'll listen to the transport evidence before I decide.",
  "", "EQ PR", "ok", "HN3 Compare {eq10}.")
P("h3_11", "Women-only swim sessions at Winkleton baths: I've had emails for and against. They're open to any woman of any faith or none, they're one hour a week, and I support them.",
  "", "EQ", "ok", "HN3")
P("h3_12", "Someone asked whether the new day centre will 'bring problems' to Shingle Lane. No. It's a day service for adults with learning disabilities, 9 till 4. Come to the open day and meet them.",
  "", "EQ", "ok", "HN3")
P("h3_13", "Young people of Cockle Bay: no, nobody is banning you from the arcades. The dispersal order covers three specific addresses. Ask me anything.",
  "", "EQ", "ok", "HN3")
P("h3_14", "To those asking why we fly a flag for Pride but not St George: we fly St George on 23 April, the White Horse on Kent Day, and the rainbow in February. It's all in the flag protocol.",
  "", "EQ", "ok", "HN3")
P("h3_15", "LGBT+ History Month started yesterday. The rainbow flags on Cockle Bay pier are up for February, as full council agreed. They're for everyone, families very much included.",
  "", "EQ", "ok", "HN3 Explains the flags of {eq24}.", day="2026-02-02")
P("h3_16", "Does the inclusive toilet policy in the new civic centre mean the women's toilets have gone? No: there are women's, men's and two accessible gender-neutral ones. Plans are on the website.",
  "", "EQ", "ok", "HN3")
P("h3_17", "Ramadan question from a resident: will the Winkleton food bank change its hours? Yes, open till 7 on Tuesdays so anyone fasting can collect after sunset. Anyone can use it, as always.",
  "", "EQ", "ok", "HN3", day="2026-02-18")
P("h3_18", "I'm not anti-immigration and I'm not for open borders. I think Gullhaven gets a raw deal from Whitehall on funding for arrivals at the port. Those are separate arguments.",
  "", "EQ", "ok", "HN3")
P("h3_19", "For anyone told that Eastern European workers are 'taking our lads' jobs' on the hop farms: Oasthurst had 600 picking vacancies unfilled last August. Figures from the growers.",
  "", "EQ", "ok", "HN3")
P("h3_20", "Older drivers and the new seafront junction: several residents have asked for longer crossing times and I've taken it to Highways. That's not patronising anyone, it's good design.",
  "", "EQ", "ok", "HN3")
P("h3_21", "On maternity cover for councillors: we don't have any, and we should. Ellie Marden's request is reasonable and ought to be cross-party.",
  "", "EQ", "ok", "HN3 Civil debate on pregnancy; compare {eq26}.")
P("h3_22", "People keep telling me the Dykeside site 'brings crime'. I checked with the neighbourhood team: two recorded incidents in a year, neither linked to anyone living there. Let's stick to facts.",
  "", "EQ DF", "ok", "HN3 Myth-busting.")
P("h3_23", "Yes, the Sikh community asked to fly the Nishan Sahib on Gullhaven Heights green for Vaisakhi. No, that doesn't mean the Union flag comes down. Both can fly.",
  "", "EQ", "ok", "HN3")
P("h3_24", "Free school meals over half-term for children in temporary accommodation, asylum-seeking families included. It costs £11k. I'll defend that spend to anyone.",
  "", "EQ", "ok", "HN3")
P("h3_25", "Residents ask whether marriages and civil partnerships at the Winkleton bandstand are the same service. They are: same price, same registrar. Book early for June.",
  "", "EQ", "ok", "HN3")
P("h3_26", "Hearing loops: the chamber's has been broken since October. I don't say that to score points; three members and half the gallery rely on it. It needs fixing this month.",
  "", "EQ OF", "ok", "HN3")
P("h3_27", "Can we talk calmly about the Cockle Bay kebab shop petition? The objections are about opening hours and litter. If any are about who owns it, they'll be set aside, as they should be.",
  "", "EQ PR", "ok", "HN3")
P("h3_28", "The new Holocaust education trip for Year 9 in Gullhaven is paid for by the synagogue's education fund, not council tax. I've seen some confusion online, so wanted to clear it up.",
  "", "EQ", "ok", "HN3")
