"""capacity.mixed-account, positive accounts (hand-written).

Each account is a councillor account that carries both council business
(filler) and personal or family content (positive)."""
from common import A, R, MX, DP, HA, POS, POSITIVE, FILLER

ACCOUNTS = [
    # 1. Brenda Scott (Conservative, Skelhope and Ravensheugh).
    A("scott", "@BrendaScottSR", "facebook", "councillor", MX, POSITIVE, about="Conservative, Skelhope and Ravensheugh; grandson's football, bingo, wedding anniversary", rows=[
        R("bs1", "So proud of our Callum, scored twice for Skelhope under-11s on Saturday in the sleet 😍⚽ His grandad was shouting that loud they could hear him in Ravensheugh.", POSITIVE,
          allowed=[DP],
          note="[personal] a named grandson (a child) and his team on a councillor account; data protection allowed."),
        R("bs2", "Skelhope harbour car park: the barrier is fixed and the residents' free hour is back. Sorry it took so long.", FILLER,
          note="[council] ward business."),
        R("bs3", "Bingo at the Legion tonight, I won the line and a box of chocolates 🎉 Not bad for a Tuesday!", POSITIVE,
          note="[personal] a night out; nothing else allowed."),
        R("bs4", "Ravensheugh coastal path reopened from the lime kilns to the point after the landslip repairs. Stay behind the new fence please.", FILLER,
          note="[council] path reopening."),
        R("bs5", "Happy golden wedding anniversary to my Jim. Fifty years of putting up with me and my council papers all over the kitchen table ❤️ Off to the Lakes for a few days.", POSITIVE,
          allowed=[DP],
          note="[personal] names her husband and says they are away; data protection allowed. The mention of council papers does not make it council business."),
        R("bs6", "Smokehouse Lane street lights all working again. Thank you to the residents who reported them with the pole numbers, it makes such a difference.", FILLER,
          note="[council] street lights."),
    ]),

    # 2. Mick Hedley (Labour, Chesterlaw), retired pitman.
    A("hedley", "@MickHedleyLab", "facebook", "councillor", MX, POSITIVE, about="Labour, Chesterlaw; pot leeks, his wife's hip operation, pigeons", rows=[
        R("mh1", "First leek trench dug for the show. Grandad's seed, forty years in the family. Whoever says leek growing is daft has never seen a pot leek at 90 cubic inches 😂 Chesterlaw Welfare show, September, I'm coming for you.", POSITIVE,
          note="[personal] leek growing, a Northumbrian pastime; nothing else allowed."),
        R("mh2", "Chesterlaw estate repairs: the council has agreed to do the roofs on the Pit Row bungalows this year rather than next. Letters going out this week.", FILLER,
          note="[council] housing repairs."),
        R("mh3", "Our Sandra's home from the hospital after her new hip, walking to the gate and back already. Thank you to the nurses on ward 9, angels the lot of them. She's already telling me off about the garden.", POSITIVE,
          allowed=[DP],
          note="[personal] his wife named with her operation (health data); data protection allowed."),
        R("mh4", "Lunch club at the Welfare has a new cook and the mince and dumplings are back on a Wednesday. £3.50 for two courses. Tell your neighbours.", FILLER,
          note="[council] community lunch club he supports as ward member."),
        R("mh5", "Pigeon season's nearly on us. Cleaned the loft out this morning with a flask of tea and the radio on. Bliss.", POSITIVE,
          note="[personal] pigeons; nothing else allowed."),
        R("mh6", "Bus 418 consultation: I've sent in the ward response, copies behind the bar at the Welfare. Two a day isn't a service, it's a timetable for show.", FILLER,
          note="[council] consultation response; robust about a policy."),
    ]),

    # 3. Kirsty Nesbitt (Liberal Democrat, Marchburgh Walls), young mum.
    A("nesbitt", "@KirstyNesbittLD", "x", "councillor", MX, POSITIVE, about="Liberal Democrat, Marchburgh Walls; teething baby, husband on nights, nursery", rows=[
        R("kn1", "Teething update: nobody in this house has slept since Tuesday. Isla has two new teeth and a brand new scream. Send coffee ☕😩", POSITIVE,
          allowed=[DP, HA],
          note="[personal] her baby named; data protection allowed; 'nobody has slept' allows haste (tiredness)."),
        R("kn2", "Tolbooth Lane street lights: I've asked for the LED replacements to be brought forward. Several residents have told me the lane feels unsafe after 5.", FILLER,
          note="[council] lighting."),
        R("kn3", "Craig's on nights all week so it's me, the bairn and a box set. Living the dream.", POSITIVE,
          allowed=[DP],
          note="[personal] husband named, and that he is away at night; data protection allowed."),
        R("kn4", "Walls ward surgery this Saturday, 10 till 12, Marchburgh library. No appointment needed, buggies very welcome 😉", FILLER,
          note="[council] surgery notice; 'buggies welcome' is a friendly aside, not personal content."),
        R("kn5", "Nursery settling-in day. She didn't cry. I did. In the car park. Twice.", POSITIVE,
          note="[personal] family moment, nobody named."),
        R("kn6", "Council tax support: if your hours have been cut you may now qualify. Two-minute checker at example.org/ctsupport. Share with anyone who's struggling.", FILLER,
          note="[council] benefit notice."),
    ]),

    # 4. Rob Fairbairn (Conservative, Kettleburn and Belhaugh), farmer.
    A("fairbairn", "@RobFairbairnKB", "x", "councillor", MX, POSITIVE, about="Conservative, Kettleburn and Belhaugh; lambing, his collie, selling hay", rows=[
        R("rf1", "Lambing's started at Low Haugh. Triplets at 3am, all up and sucking. Me less so 🐑", POSITIVE,
          allowed=[HA],
          note="[personal] his farm; the 3am start allows haste (tiredness)."),
        R("rf2", "Kettleburn flood scheme: the bund design is out for comment until the 27th. Plans in the village hall and at example.org/kettleburn-bund.", FILLER,
          note="[council] consultation."),
        R("rf3", "Meg the collie turned 12 today. Still thinks she runs the place. She probably does.", POSITIVE,
          note="[personal] the dog; nothing else allowed."),
        R("rf4", "Gritting routes review: I've asked for the Belhaugh school road to go on the priority list. It's the only way in for the bus.", FILLER,
          note="[council] gritting."),
        R("rf5", "For sale: 20 bales of good meadow hay, £5 a bale, collect from the farm. Message me.", POSITIVE,
          allowed=[POS],
          note="[personal] selling his own produce from the councillor account; improper advantage allowed (promoting his own business)."),
        R("rf6", "Parish precept meetings in Kettleburn and Belhaugh next week. If you want a say on what the parish spends, this is the time to turn up.", FILLER,
          note="[council] parish meetings."),
    ]),

    # 5. Samira Haq (Labour, Wrenmouth Northfield).
    A("haq", "@SamiraHaqLab", "bluesky", "councillor", MX, POSITIVE, about="Labour, Wrenmouth Northfield; Eid at home, daughter's university place, family half-term", rows=[
        R("sh1", "Eid Mubarak from our house to yours 🌙 Mum's biryani, my brothers arguing about the football, the bairns high on sugar. Perfect.", POSITIVE,
          note="[personal] her own family's festival; nobody named, nothing else allowed. Eid is not tied to the post's date."),
        R("sh2", "Northfield community centre is a warm space every weekday 10-4 until the end of March. Soup, wifi, a seat by the radiator, no questions asked.", FILLER,
          note="[council] warm space."),
        R("sh3", "My daughter Amira has got her place to study medicine!!! 😭😭 First in our family to go to uni. I'm not crying, you're crying.", POSITIVE,
          allowed=[DP],
          note="[personal] names her daughter with her university place; data protection allowed."),
        R("sh4", "Northfield play park: the new swings are in, the broken roundabout is gone and the bins are emptied twice a week now. Small things, but they were asked for.", FILLER,
          note="[council] park."),
        R("sh5", "Half-term in the Cheviots with the family. Three days of rain, one day of sun, a lot of Uno. 10/10 would go again.", POSITIVE,
          note="[personal] family holiday; nothing else allowed."),
        R("sh6", "If you're in Northfield and your landlord won't fix damp or mould, the council's private sector housing team can inspect. Ring 01632 960233 or email housing@example.com and I'll help chase.", FILLER,
          note="[council] housing; the council's own contact details are not personal data."),
    ]),

    # 6. Derek Straughan (Coast and Border Independents, Gullholm and the Sands).
    A("straughan", "@DerekStraughanCBI", "facebook", "councillor", MX, POSITIVE, about="CBI, Gullholm and the Sands; sea angling, holiday, pub quiz", rows=[
        R("ds1", "Two cars stranded on Gullholm causeway this week. Please, please check the safe crossing times before you set off. They're on the boards at both ends.", FILLER,
          note="[council] causeway safety."),
        R("ds2", "Cracking day's sea angling off the Sands. Three cod and a ling, and my brother-in-law managed to get sunburnt in February, which takes talent 🎣😂", POSITIVE,
          note="[personal] fishing trip; nothing else allowed."),
        R("ds3", "Gullholm island residents' parking: new permits come into force on 1 April. Visitors' car park charges unchanged.", FILLER,
          note="[council] permits."),
        R("ds4", "Back from Tenerife, brown as a berry. Ten days of sun and not a single email read. Sorry to whoever emailed 😎", POSITIVE,
          note="[personal] holiday; nothing else allowed."),
        R("ds5", "Sands ward: the toilets at the south car park are open again after the vandalism. Cameras are up now.", FILLER,
          note="[council] toilets."),
        R("ds6", "Quiz night at the Anchor, our team came second again. Robbed on the music round. Wor Brian swears blind it was Lulu.", POSITIVE,
          note="[personal] pub quiz; 'wor Brian' (our Brian) is a first name only, nothing else allowed."),
    ]),

    # 7. Alison Mather, Mayor (Conservative, Wrenmouth Castlegate): the civic account.
    A("mather", "@MayorOfWrenMarch", "x", "councillor", MX, POSITIVE, about="the Mayor's civic account; her daughter's wedding and her dog", rows=[
        R("am1", "An honour to present the Mayor's Community Awards tonight at the Moot Hall. Fourteen volunteers who keep this district going. Thank you.", FILLER,
          note="[council] civic engagement."),
        R("am2", "Sorry to everyone who's asked, no mayoral duties this weekend because my daughter Rebecca is getting married!!! 💍 Mother of the bride outfit finally sorted after six shops.", POSITIVE,
          allowed=[DP],
          note="[personal] names her daughter and the wedding date on the civic account; data protection allowed."),
        R("am3", "The Mayor's charity this year is the Wrenmouth lifeboat. Coffee morning at the Moot Hall on the 21st, all welcome.", FILLER,
          note="[council] Mayor's charity."),
        R("am4", "Wedding aftermath: my feet have not forgiven me. Best day. Thank you for all the kind messages ❤️", POSITIVE,
          note="[personal] family event; nothing else allowed."),
        R("am5", "Laid a wreath at the Marchburgh fishing memorial this morning for the anniversary of the 1911 storm. Moving to see so many bairns from the schools there.", FILLER,
          note="[council] civic duty."),
        R("am6", "Biscuit the cockapoo has chewed the velvet box the mayoral chain lives in. Civic emergency 🐶", POSITIVE,
          note="[personal] her dog; the chain does not make it council business."),
    ]),
]
