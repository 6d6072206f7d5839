"""moderation.third-party-comments, hard-negative accounts (hand-written).

Facebook pages whose comments are robust, rude-but-acceptable or civil,
with owner replies and a removal notice; nothing that needs taking down."""
from common import A, R, MO, HARD

C = "comment"

ACCOUNTS = [
    # Jean Tweddle (Labour, Marchburgh Bridgend).
    A("tweddle", "@JeanTweddleLab", "facebook", "councillor", MO, HARD, about="Labour, Marchburgh Bridgend; bins post and a removal notice", rows=[
        R("jt1", "Bridgend bin collections go fortnightly from April. I argued against it and lost. Here's what it means for your street: example.org/bins.", HARD,
          note="[owner post] honest about a lost vote; nothing allowed."),
        R("jt2", "Absolute joke. You lot couldn't organise a raffle at a church fete. Fortnightly bins with the gulls we've got?", HARD,
          kind=C, by="Robbie Lauder",
          note="[robust comment] rude about the council, no person attacked, nothing obscene; may stay up."),
        R("jt3", "Will there be extra collections in summer for the holiday lets?", HARD,
          kind=C, by="Eileen Wood",
          note="[civil comment] a question."),
        R("jt4", "Robbie, I agree it's wrong and I voted against. Eileen, I've asked and I'll post the answer.", HARD,
          kind=C, by="@JeanTweddleLab",
          note="[owner reply] engages with both commenters."),
        R("jt5", "Councillors never listen. Waste of space, the whole council. Vote them all out.", HARD,
          kind=C, by="Kev Hall",
          note="[robust comment] contempt for the council as an institution; political speech, nothing allowed."),
        R("jt6", "I've removed a comment from last night's post that named a family on Bridge Street and their children. Please don't do that here, whatever the argument. Criticise me all you like.", HARD,
          note="[removal notice] the owner moderating as the Golden Rule asks; it mentions a family but names nobody."),
        R("jt7", "Fair enough Jean. Some folk forget bairns read this stuff too.", HARD,
          kind=C, by="Sandra Coxon",
          note="[civil comment] under the removal notice."),
        R("jt8", "Canny job Jean, as ever 🙄 Two years of promises about the Bridge Street lights and it's still as dark as the inside of a cow up there.", HARD,
          kind=C, by="Mark Thew",
          note="[robust comment] sarcasm at the page owner about a broken promise; rude but acceptable, nothing allowed (irony is a rule for the councillor's own words)."),
    ]),

    # Peter Lisle (Conservative, Holmcliffe).
    A("lisle", "@PeterLisleCon", "facebook", "councillor", MO, HARD, about="Conservative, Holmcliffe; erosion and road closure posts", rows=[
        R("pl1", "Holmcliffe cliff top: the council's monitoring shows 1.2m lost since October. The fencing has been moved back again this week. Drop-in with the coastal team on Thursday.", HARD,
          note="[owner post] erosion update."),
        R("pl2", "Shambles. Twenty years of drop-ins and surveys and the houses are still going over the edge. Spend some actual money.", HARD,
          kind=C, by="Norman Cowens",
          note="[robust comment] angry about policy; nothing allowed."),
        R("pl3", "Thanks Peter, will the drop-in have anything on the relocation grants?", HARD,
          kind=C, by="Tina Gray",
          note="[civil comment] a question."),
        R("pl4", "Yes Tina, the grant scheme people will be there from 4pm.", HARD,
          kind=C, by="@PeterLisleCon",
          note="[owner reply] answers {pl3}."),
        R("pl5", "Road closure: Cliff Road is shut between the chapel and the caravan site for emergency drainage work, three days. Diversion via Moor Lane.", HARD,
          note="[owner post] closure notice."),
        R("pl6", "Brilliant planning as usual 🙄 Why do it in half term? Does anybody at that council own a calendar?", HARD,
          kind=C, by="Derek Fail",
          note="[robust comment] sarcasm at the council's timing; nothing allowed."),
        R("pl7", "Absolute clowns in charge, honestly. But fair play to the lads actually digging in the rain, they've been brilliant.", HARD,
          kind=C, by="Jill Robb",
          note="[robust comment] 'clowns in charge' is aimed at the council's leadership in general, no one named; rude but acceptable. Compare {gp7}, which names the owner with an obscenity."),
    ]),
]
