"""capacity.mixed-account, hard-negative accounts (hand-written).

Two council accounts whose personal or communal asides serve council
messages, and two separate personal accounts with no council business."""
from common import A, R, MX, HARD

ACCOUNTS = [
    # Pauline Robson (Liberal Democrat, Holmcliffe): council account, personal asides in service of council messages.
    A("robson", "@PaulineRobsonLD", "facebook", "councillor", MX, HARD, about="Liberal Democrat, Holmcliffe; council posts with personal asides", rows=[
        R("pr1", "As a mum who's done the cliff road school run in a sea fret, I know how dangerous that bend is. The 20mph zone outside Holmcliffe First School starts Monday. Thank you to the parents who campaigned for it.", HARD,
          note="[personal aside] 'as a mum' supports a road safety message; no family content. Compare {kn5}."),
        R("pr2", "My granda fished out of Skelhope on a coble for forty years, so the harbour's future matters to a lot of us up here. The consultation on the harbour levy runs till the 28th: example.org/harbour-levy.", HARD,
          note="[personal aside] family history ('my granda', a coble) framing a consultation; nothing allowed."),
        R("pr3", "Young carers' group at Holmcliffe library every Thursday after school. If your bairn is looking after someone at home, they're welcome, and so are you.", HARD,
          note="[council] family words ('your bairn') in a service notice."),
        R("pr4", "Mothering Sunday lunch for anyone on their own: Holmcliffe Methodist hall, 12.30, free, volunteers driving. Ring 01632 960577 to book a lift.", HARD,
          note="[council] a family occasion as a community event; booking number in the drama range."),
        R("pr5", "Huge thanks to the Holmcliffe Tuesday litter pickers. 52 bags off the beach since New Year. You're stars.", HARD,
          note="[council] volunteer thanks."),
        R("pr6", "A resident told me at surgery: 'my lad can't get a bus to college that gets him there before ten.' He's right. I've raised it with the transport team and I'll report back.", HARD,
          note="[council] quotes an unnamed resident about his son; not the councillor's family."),
    ]),

    # Keith Ord (Conservative, Embleford), Cabinet Member for Communities.
    A("ord", "@KeithOrdCon", "x", "councillor", MX, HARD, about="Conservative, Embleford; Cabinet Member for Communities; council posts with one personal aside", rows=[
        R("ko1", "Embleford Dads and Bairns reading group starts at the library on Saturday mornings. Coffee for the dads, stories for the bairns, no pressure to read aloud.", HARD,
          note="[council] family words in a library notice."),
        R("ko2", "Having looked after my own dad through dementia, I know what a difference a good day centre makes. That's why the Embleford memory café funding is protected in this year's communities budget.", HARD,
          note="[personal aside] his late father's dementia, unnamed, in support of a budget decision; closest to a mixed-account post in this set. Nothing allowed: no family life is shared for its own sake. Compare {mh3}."),
        R("ko3", "Thank you to the 40 volunteers who staffed the Embleford warm hub this winter. 1,900 visits and more than 3,000 bowls of soup.", HARD,
          note="[council] volunteer thanks."),
        R("ko4", "Community grants round 2 is open now: up to £1,500 for village halls, sports clubs and youth groups. Guidance at example.org/grants. Closes 27 March.", HARD,
          note="[council] grants notice."),
        R("ko5", "The grandparents raising grandchildren support group now meets monthly at the Embleford community hub. It's a hard road, and you're not on it alone.", HARD,
          note="[council] family words in a support-group notice."),
    ]),

    # Maggie Thirlwell's separate personal account.
    A("thirlwell_personal", "@maggie_in_the_garden", "bluesky", "personal", MX, HARD, about="the Leader's separate personal account: garden, dog, kitchen", rows=[
        R("mg1", "First snowdrops under the sycamore. Spring's coming whatever the forecast says ❄️🌱", HARD,
          note="[personal account] garden; kept apart from council business as the Golden Rules advise."),
        R("mg2", "Seven o'clock on the shore with Bramble. Fret so thick I couldn't see the castle, but she found a dead crab and was delighted.", HARD,
          note="[personal account] the morning dog walk that {rout7} turns into a menace; here it is her own post, nothing allowed."),
        R("mg3", "Marmalade day. Seville oranges, kitchen like a sauna, fourteen jars. The grandchildren will take half.", HARD,
          note="[personal account] kitchen; grandchildren unnamed."),
        R("mg4", "Bramble has learned to open the back door. We are no longer in charge.", HARD,
          note="[personal account] dog."),
        R("mg5", "Rhubarb forcing pots are on. If anyone nearby wants crowns, I've split far too many.", HARD,
          note="[personal account] garden; giving away plants is not a business."),
    ]),

    # Rupert Selby's separate personal account.
    A("selby_personal", "@rupert_on_the_river", "x", "personal", MX, HARD, about="the coast portfolio holder's separate personal account: fishing, birds, the farm", rows=[
        R("rr1", "First salmon of the season on the fly this morning. Returned, obviously. Cold hands, happy heart.", HARD,
          note="[personal account] fishing."),
        R("rr2", "Pinkfeet over the haugh at dawn, thousands of them. Never gets old.", HARD,
          note="[personal account] birds."),
        R("rr3", "Took the lab down to the sands at low tide. Sanderlings running the tideline like clockwork toys.", HARD,
          note="[personal account] the beach as a place to walk, not as his coast portfolio; nothing allowed."),
        R("rr4", "Mending fences in the sleet. The glamour of a small farm.", HARD,
          note="[personal account] farm."),
        R("rr5", "Whoever invented heated waders, I owe you one.", HARD,
          note="[personal account] fishing kit."),
    ]),
]
