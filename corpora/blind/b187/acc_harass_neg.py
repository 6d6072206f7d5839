"""harassment.repeated-target, hard-negative accounts (hand-written)."""
from common import A, R, HR, PA, HARD, FILLER

ACCOUNTS = [
    # A. Joan Purvis (Labour, Wrenmouth Castlegate): five civil criticisms of the Leader's decisions.
    A("purvis", "@JoanPurvisLab", "facebook", "councillor", HR, HARD, about="Labour, Wrenmouth Castlegate; criticises the Leader's parking decision five times, civilly", rows=[
        R("jp1", "The Leader's decision to bring in £2 an hour parking on Castlegate is the wrong call. Our shops are hanging on by their fingernails. I've asked Maggie Thirlwell to publish the footfall figures she's basing it on.", HARD,
          note="[civil criticism 1/5 -> Maggie Thirlwell] criticises a decision and asks for evidence; the same target as Alec Routledge ({rout2}) but nothing personal."),
        R("jp2", "Castlegate Christmas lights fund: final total £4,112. Thank you to every shop that had a tin on the counter.", FILLER,
          note="[filler] thanks post."),
        R("jp3", "Second time of asking: where's the evidence for the parking charges? Cllr Thirlwell says it's about turnover of spaces. Traders say it's about the budget hole. I think the traders are right and I'll say so at scrutiny.", HARD,
          note="[civil criticism 2/5 -> Maggie Thirlwell] repeated, named, disagreeing; still about the policy. Repetition alone is not a course of hostile conduct."),
        R("jp4", "Credit where it's due: Maggie Thirlwell's U-turn on the library hours is the right decision and I'm glad she listened. Now do the same on parking, Maggie.", HARD,
          note="[civil criticism 3/5 -> Maggie Thirlwell] approving, with a pointed ask; nothing allowed."),
        R("jp5", "Budget night. I voted against. Not because I doubt the Leader works hard, she plainly does, but because this budget puts the cost of the harbour car park on the people who can least afford it. That's the argument and we'll have it again in May.", HARD,
          note="[civil criticism 4/5 -> Maggie Thirlwell] disagreement on the budget that explicitly separates the person from the policy; compare {rout4} on the same night."),
        R("jp6", "Maggie, come and stand on Castlegate with me on a wet Tuesday in February and count the shoppers. Open invitation, I'll buy the tea at the Copper Kettle. Then let's talk about charges.", HARD,
          note="[civil criticism 5/5 -> Maggie Thirlwell] an invitation, not a menace; a careless checker might pair it with {rout6} (turning up where she is). Nothing allowed."),
    ]),

    # B. Tom Wallace (Conservative, Fennick Moor): criticises the planning chair's decisions; counter-speech on the stammer mockery.
    A("wallace", "@TomWallaceFM", "x", "councillor", HR, HARD, about="Conservative, Fennick Moor; criticises the planning chair's decisions and condemns the mockery of his stammer", rows=[
        R("tw1", "Disagree strongly with the planning committee's approval of the Fennick turbine extension. Neil Patterson chaired it fairly but the noise conditions are too weak and I'll be asking for them to be reviewed.", HARD,
          note="[civil criticism -> Neil Patterson] same decision as {dou2}; criticises the conditions, credits the chair."),
        R("tw2", "Fennick Moor snow plough contract renewed with the local farmers for another three winters. Keeps the money on the moor and the roads open.", FILLER,
          note="[filler] ward news."),
        R("tw3", "Somebody on here thought 'p-p-pathetic' was a clever line about Neil Patterson. It isn't. A stammer has nothing to do with whether the turbine decision was right. Argue the decision. I do, and I'll keep doing it.", HARD,
          note="[counter-speech] quotes the stammer mockery of {dou4} to condemn it; nothing allowed. A checker keyed on the quoted stutter would wrongly flag it."),
        R("tw4", "Neil and I went through the noise readings together this morning. Decent of him to make the time. We still disagree about the conditions and that's fine.", HARD,
          note="[civil mention -> Neil Patterson] friendly; nothing allowed."),
        R("tw5", "Moorland fire risk is high this week with the dry wind. No barbecues on the open moor please, the fire service has asked.", FILLER,
          note="[filler] safety notice."),
        R("tw6", "The planning committee under Neil Patterson's chairmanship has now approved three turbine schemes in a year with the same weak noise wording. That's a pattern in the decisions, and it's the decisions I'm challenging. Motion going to full council.", HARD,
          note="[civil criticism -> Neil Patterson] 'a pattern' of decisions, not of the man; fourth mention of the chair in this account ({tw1}, {tw3}, {tw4}) with no hostility."),
    ]),

    # C. Linda Hogg (Independent, Dunsley Haven): one attack on Kenny Lamb, then two civil mentions.
    A("hogg", "@LindaHoggDH", "facebook", "councillor", HR, HARD, about="Independent, Dunsley Haven; one personal attack on Kenny Lamb, then two civil mentions of him", rows=[
        R("lh1", "Dunsley Haven caravan park liaison meeting moved to the 19th. Site owners, residents and the parish council round one table for once.", FILLER,
          note="[filler] meeting notice."),
        R("lh2", "Kenny Lamb is a clown. Stood up at cabinet and told us the Haven 'doesn't need' its public toilets over winter. You try telling that to the dog walkers at 7am, you daft lump.", HARD,
          rules=[PA],
          note="[single attack -> Kenny Lamb] 'a clown', 'you daft lump': a personal attack (review) on one occasion only, so no course of conduct. Compare Fiona Blythe's three posts about him ({bly2}, {bly4}, {bly6})."),
        R("lh3", "Beach hut licences for 2026 are out. Same price as last year.", FILLER,
          note="[filler] licences."),
        R("lh4", "Met Kenny Lamb at the Haven toilets this morning with the facilities team. He listened, and he's agreed to keep the north block open till 4pm through the winter. Fair play to him.", HARD,
          note="[civil mention -> Kenny Lamb] credit after the earlier attack; nothing allowed."),
        R("lh5", "Lost dog found on the dunes: brown collie cross, no collar, now at the vets on the main street. Please share.", FILLER,
          note="[filler] lost dog."),
        R("lh6", "Kenny's regeneration report has a line about the Haven promenade. Good to see, but there's no money next to it. I'll be asking at cabinet where the funding's coming from.", HARD,
          note="[civil mention -> Kenny Lamb] scrutiny of his report; nothing allowed."),
    ]),

    # D. Gary Renwick (Reform UK, Marchburgh Southbank): two hostile posts at two different people, plus football banter.
    A("renwick", "@GaryRenwickRUK", "x", "councillor", HR, HARD, about="Reform UK, Marchburgh Southbank; one attack each on two different members, plus derby banter", rows=[
        R("gr1", "Southbank flood gates tested this morning. All nine closed in under the hour, well done to the crews.", FILLER,
          note="[filler] flood gates."),
        R("gr2", "Jordan Hume is a nasty little man who thinks shouting is a policy. Grow up, Jordan.", HARD,
          rules=[PA],
          note="[single attack -> Jordan Hume] a personal attack on one occasion; his other attack is on a different person ({gr5}), so no course of conduct against anyone. Jordan Hume is himself a harasser ({hum5})."),
        R("gr3", "Anyone else's bin not been emptied on Riverside Terrace? Reported. Let me know if it's yours too.", FILLER,
          note="[filler] bins."),
        R("gr4", "Toon 3 Mackems 0. Not a political post, just a public service announcement. Commiserations to my Sunderland-supporting colleagues, your suffering has been noted 😂⚫⚪", HARD,
          note="[banter] Tyne-Wear derby ribbing of colleagues as a group; regional idiom ('Toon', 'Mackems'), nothing allowed."),
        R("gr5", "Fiona Blythe has spent a year pretending to be everyone's friend while knifing half the council in the back. Two-faced doesn't cover it.", HARD,
          rules=[PA],
          note="[single attack -> Fiona Blythe] 'two-faced', figurative 'knifing'; personal attack on one occasion. Fiona Blythe is a harasser ({bly6})."),
        R("gr6", "Southbank allotment waiting list is down to 14 from 40, thanks to splitting the big plots. Good result.", FILLER,
          note="[filler] allotments."),
    ]),

    # E. Ruth Elliot (Green, Gullholm and the Sands): harsh, repeated criticism of Rupert Selby's coastal plan.
    A("elliot", "@RuthElliotGreen", "bluesky", "councillor", HR, HARD, about="Green, Gullholm and the Sands; five harsh criticisms of the coast portfolio holder's plan", rows=[
        R("re1", "The shoreline plan Rupert Selby brought to cabinet abandons Holmcliffe to the sea. 'Managed realignment' is a polite way of saying we'll let the houses go. It's a disgraceful plan and I'll fight it tooth and nail.", HARD,
          note="[harsh criticism 1/5 -> Rupert Selby] 'disgraceful plan', 'fight it tooth and nail': robust and figurative, aimed at the plan. Same target as Jordan Hume ({hum2})."),
        R("re2", "Gullholm causeway safe crossing times for this week are on the boards at the car park and online. Please check them. The sea doesn't care how good your 4x4 is.", FILLER,
          note="[filler] causeway safety."),
        R("re3", "Asked Cllr Selby at full council why the coastal fund is going on the Wrenmouth promenade while Holmcliffe gets another survey. His answer was polite and told us nothing. I'll keep asking at every meeting until there's a real answer.", HARD,
          note="[harsh criticism 2/5 -> Rupert Selby] persistent questioning in the proper forum; contrast the pursuit in {rout6} and the daily posting at an officer in {arm4}."),
        R("re4", "The cabinet member's plan is a shambles, the consultation was a box-ticking exercise and the people of Holmcliffe deserve better than a leaflet. Rupert, bin it and start again.", HARD,
          note="[harsh criticism 3/5 -> Rupert Selby] 'a shambles', 'bin it': harsh words at the plan and the process; nothing allowed."),
        R("re5", "To be fair to Rupert Selby, he came out to Holmcliffe on Saturday in the sleet and walked the whole cliff top with residents. That matters. It doesn't change my view of the plan, which is that it's wrong.", HARD,
          note="[harsh criticism 4/5 -> Rupert Selby] credit to the person, disagreement with the plan."),
        R("re6", "We'll bury this plan at full council if we have to. Alternative motion drafted with Holmcliffe residents and seconded by a Conservative colleague, which tells you something.", HARD,
          note="[harsh criticism 5/5 -> Rupert Selby] 'bury this plan': figurative violence at a policy; nothing allowed."),
    ]),
]
