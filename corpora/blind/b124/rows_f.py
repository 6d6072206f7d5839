"""HN6 hard negatives: criticism of a named councillor's record that stays on the record."""
from rowdefs import P

P("h6_01", "Diane Kemsley promised in her 2023 manifesto to reopen Shinglestone baths. Three years on they're still shut. I'll be asking her at full council for a date.",
  "", "DF PA", "ok", "HN6 A broken promise set out without calling it a lie.")
P("h6_02", "Colin Beerling has chaired planning for six years, and the district's five-year land supply has been short for four of them. That's a record worth debating.",
  "", "PA", "ok", "HN6")
P("h6_03", "In September Roger Pilcher told Oasthurst the hop festival grant was safe. In October cabinet cut it. I'd like him to explain what changed in those four weeks.",
  "", "DF PA", "ok", "HN6 The same facts as {df01} without 'liar'.")
P("h6_04", "@LorraineTuffnell: 1,812 households on the waiting list when you took the housing brief, 2,407 now. What's the plan?",
  "", "PA", "ok", "HN6 Figures at a handle; compare {pa12}.")
P("h6_05", "Stuart Hogben voted for the lifeguard cuts in February and against restoring them in July. Residents can judge that record for themselves.",
  "", "PA", "ok", "HN6")
P("h6_06", "Nadia Osei's group costed their beach hut plan at £40k. The finance report puts it at £210k. That claim needs correcting.",
  "", "DF PA", "ok", "HN6 Corrects a claim without calling it a lie.")
P("h6_07", "Kev Wraight has missed 9 of the last 14 committee meetings, going by the attendance register. Gullhaven Heights deserves a councillor who turns up.",
  "", "PA", "ok", "HN6 Compare {ab19}.")
P("h6_08", "Tom Kingsnorth's motion on short-term lets was well meant but would have cost the district £1.2m in business rates. I couldn't support it and said so in the chamber.",
  "", "PA", "ok", "HN6")
P("h6_09", "Graham Tapp says he opposed the port freight lanes. The minutes show he seconded them in 2024. Happy to share the page.",
  "", "DF PA", "ok", "HN6 The minutes, not a name-call; compare {df14}.")
P("h6_10", "Frank Godden has led the Marsh Independents for twenty years. Time, I think, for fresh ideas on the drainage levy, and I'll be offering some at the election.",
  "", "EQ PA", "ok", "HN6 About tenure, not age; equality allowed.")
P("h6_11", "Samira Haddad promised a consultation on the Winkleton lido café. It never happened. Residents found out about the closure from a sign on the door.",
  "", "DF PA", "ok", "HN6")
P("h6_12", "The Mayor has ruled three opposition questions out of order this year on technicalities. I think those rulings were wrong and I've asked the Monitoring Officer to review them.",
  "", "PA OF", "ok", "HN6 Record of rulings with no age; compare {eq18}.")
P("h6_13", "Kelvin Ho's amendment to the harbour budget cut coastal path maintenance by £60k. I voted against it then and I would again.",
  "", "PA", "ok", "HN6")
P("h6_14", "Harjit Sandhu's figures on seafront parking don't add up: the Winkleton spaces are counted twice. Fix the spreadsheet and we can talk.",
  "", "DF PA", "ok", "HN6")
P("h6_15", "Ellie Marden chairs the scrutiny panel, and it hasn't looked at the ferry contract once in two years. That's a failure of the panel, and she's its chair.",
  "", "PA", "ok", "HN6")
P("h6_16", "Aaron Cackett's votes on the Marsh wind farm: for in 2022, against in 2024, abstained last month. Which is it?",
  "", "PA", "ok", "HN6")
P("h6_17", "Rosa Kowalczyk's orchard grants spent £310k and planted 1,900 trees. Good. But 700 died in the first summer for want of watering, and the report doesn't mention it.",
  "", "PA DF", "ok", "HN6 Compare the innuendo of {df07}.")
P("h6_18", "Fern Ashdown backed the Cockle Bay parking zone in her leaflet and voted against it in committee. She owes her residents an explanation.",
  "", "PA DF", "ok", "HN6")
P("h6_19", "Linda Finn took the rural transport brief in 2022. Four bus routes have gone since. I'd like to see her plan, not another press release.",
  "", "PA", "ok", "HN6")
P("h6_20", "Owen Pett's scrutiny report on the lido is thorough and I agree with most of it, but the reopening costs are out by about £90k. Page 14.",
  "", "PA", "ok", "HN6")
P("h6_21", "Ray Buss said the drainage levy would fall this year. It's going up 4%. He was wrong, and the Marsh deserves to hear that from him.",
  "", "DF PA", "ok", "HN6 'He was wrong', not 'he lied'.")
P("h6_22", "Bhim Gurung told the Heights in his leaflet that the new CCTV cameras were funded. The capital programme says they aren't. That needs correcting.",
  "", "DF PA", "ok", "HN6")
P("h6_23", "Gavin Upton abstained on the Belvedere motion, the housing motion and the budget. Three abstentions on the three biggest votes of the year. Voters can make up their own minds.",
  "", "PA", "ok", "HN6 Compare {pa19}.")
P("h6_24", "Ruth Lazarus voted to close Shinglestone library in 2024 and is now leafleting to save it. I'm glad she's changed her mind, but let's be honest about the record.",
  "", "PA DF", "ok", "HN6")
P("h6_25", "Maureen Sladden's year as Mayor has cost £48k in civic car and hospitality, up from £31k. Those are the council's own figures. Worth a look at scrutiny.",
  "", "PA GI", "ok", "HN6")
P("h6_26", "Diane Kemsley signed off the £2.4m lido overspend without bringing it back to full council. I've asked the Monitoring Officer whether that was within her delegation.",
  "", "PA OF DF", "ok", "HN6 A question about authority, not an allegation of crime.")
P("h6_27", "Roger Pilcher declared his hospitality from Channel Star at the terminal launch, as he should. But he then chaired the berth lease talks. I think he should have stepped aside.",
  "", "GI DF PA", "ok", "HN6 Declared hospitality; compare {df27}.")
P("h6_28", "Stu Hogben's pledge was 52 beach cleans a year. There were eleven. I'll happily lead the other 41 if he likes.",
  "", "PA", "ok", "HN6")
