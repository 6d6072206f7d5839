"""HN6: criticism of a named councillor's record that stays on the record (28)."""
from rowlib import H

ROWS = [
    H("hn6_beetclose", "HN6", "pa",
      "Cllr Sharman promised the Beet Close damp survey in July. It's now "
      "January and tenants still have no date. I've put a formal question to "
      "February's council.",
      "Record criticism; compare [[pa01]] and [[df04]].",
      date="2026-01-14"),
    H("hn6_attendance", "HN6", "pa df",
      "Attendance figures for 2025 are out. Cllr Markillie attended 9 of the "
      "22 meetings he was due at. Twelve Foot residents can judge that for "
      "themselves.",
      "Published figures, no insult; compare [[pa09]]."),
    H("hn6_tenure", "HN6", "pa eq",
      "Cllr Pegg has served Moreby for 47 years and I respect that. But the "
      "ward hasn't had a contested election since 2007. Time for fresh "
      "ideas and a proper choice at the ballot box.",
      "About tenure and contests, not age; equality allowed. Compare "
      "[[eq18]]."),
    H("hn6_reserves", "HN6", "pa",
      "Cllr Cawdell's budget uses £2.1m of one-off reserves to plug a "
      "recurring gap. Third year running. It isn't sustainable and the "
      "external auditor has said so.",
      "Record criticism of a finance portfolio holder."),
    H("hn6_uturn", "HN6", "pa df",
      "Cllr Pywell voted for the market move in November and against it in "
      "January. She's entitled to change her mind, and residents are "
      "entitled to know why.",
      "Points at a change of vote without calling it dishonest."),
    H("hn6_guillotine", "HN6", "pa",
      "Three planning meetings under Cllr Dack have run past ten at night "
      "with residents still waiting to speak. The procedure rules allow a "
      "guillotine. Use it.",
      "Criticism of how a chair runs meetings."),
    H("hn6_fundedclaim", "HN6", "pa df",
      "Cllr Hemmant told the Gannock flood meeting in September the wall was "
      "'fully funded'. The budget papers show it isn't. That claim needs "
      "correcting.",
      "Corrects a claim without calling it a lie; defamation allowed."),
    H("hn6_bathspromise", "HN6", "pa df",
      "In 2023 the Leader promised Lode Baths would stay open 'as long as "
      "I'm Leader'. She's still Leader. The baths shut in June.",
      "Sets a promise against the record; a reader may hear 'liar', so "
      "defamation is allowed.", targets=("Gillian Thurlow",)),
    H("hn6_twovotes", "HN6", "pa df",
      "Cllr Bellamy voted against the allotments sale at committee and for "
      "it at full council. The minutes of both are online.",
      "Voting record from the minutes."),
    H("hn6_floodvideo", "HN6", "pa df",
      "Cllr Buckenham's flood video was well meant but said the Board hadn't "
      "cleared the Riverside drain since 2019. The Board's records show it "
      "was done in 2024.",
      "Factual correction; compare [[pa15]]."),
    H("hn6_panel", "HN6", "pa",
      "Cllr Sallis has missed four of six Environment Panel meetings this "
      "year. I know he works shifts, but the panel needs members who can "
      "come.",
      "Attendance record, fairly put."),
    H("hn6_motion", "HN6", "pa",
      "Cllr Oduya's HMO motion was badly drafted and would have caught every "
      "family with a lodger. Right aim, wrong wording. We'll bring a better "
      "one.",
      "Criticism of a motion; compare [[pa18]]."),
    H("hn6_allotreview", "HN6", "pa",
      "Cllr Sandhu chaired the review that recommended selling half the "
      "Ketteridge allotments. I think he's wrong and I'll say so at "
      "committee on Tuesday.",
      "Disagreement with a named member's recommendation."),
    H("hn6_neverrise", "HN6", "pa df",
      "Cllr Gotobed told the Fen Mercury her group has 'never voted for a "
      "council tax rise'. They voted for the 2024 budget, which had one. "
      "Check the minutes.",
      "Corrects a claim from the minutes."),
    H("hn6_declared", "HN6", "pa int df",
      "Cllr Chan declared her family's takeaway and left the room for the "
      "food licensing fees item, as she should. She then spoke on the same "
      "fees at scrutiny. That needs a look by the Monitoring Officer.",
      "Raises an interests question on the record; interests and defamation "
      "allowed."),
    H("hn6_allocations", "HN6", "pa",
      "Cllr Sharman's allocations policy has moved 112 families down the "
      "list. He calls it fairer. I call it moving the problem. Debate on "
      "Thursday.",
      "Policy record of a named member."),
    H("hn6_expenses", "HN6", "pa df",
      "Cllr Markillie's 2025 expenses were the highest on the council at "
      "£3,420, all within the scheme. I think the scheme is too generous and "
      "I'll propose changes.",
      "Published expenses, with 'within the scheme' said plainly; compare "
      "[[df21]]."),
    H("hn6_cabgrant", "HN6", "pa",
      "Cllr Culpin's amendment cut the advice centre grant by 20% while "
      "demand is up 40%. It was a mistake. I'll move to restore it.",
      "Criticism of an amendment."),
    H("hn6_audit", "HN6", "pa",
      "Cllr Adler has chaired Audit for two years and the internal audit "
      "plan is still behind. She inherited a mess, but it's hers now.",
      "Record criticism of a committee chair."),
    H("hn6_cyclelane", "HN6", "pa",
      "Cllr Akhtar's Ketteridge cycle lane costs £1.2m and takes 80 parking "
      "spaces. I don't think bypass traffic vanishes because we paint a "
      "line.",
      "Policy disagreement with a named member."),
    H("hn6_busreview", "HN6", "pa",
      "Cllr Royce's leaflet promised a Moreby bus review. Eighteen months "
      "on it hasn't happened. I'd like to know when it will.",
      "Broken-promise criticism."),
    H("hn6_fenblowreport", "HN6", "pa",
      "Cllr Speechley's fen blow report was thorough, but not one "
      "recommendation is costed. Good diagnosis, no treatment.",
      "Criticism of a report's substance."),
    H("hn6_bankroads", "HN6", "pa",
      "Cllr Mussett has led on highways for the Fen Greens for a year and "
      "their alternative budget had nothing for the bank roads. Not a "
      "penny.",
      "Record criticism of a named member."),
    H("hn6_transitvote", "HN6", "pa",
      "Cllr Loveridge voted against the Cradge Bank site improvements. I "
      "didn't expect that, and I'd like to hear his reasons.",
      "Questions a vote civilly."),
    H("hn6_pressrelease", "HN6", "pa df",
      "Cllr Jankauskas's press release doubled the HMO complaint figures. "
      "He's corrected it, which I'm glad of, but it was already in the "
      "Standard.",
      "Correction of a factual error; compare [[pa12]]."),
    H("hn6_translation", "HN6", "pa",
      "Cllr Ferreira has stood up for packhouse workers and good on her. But "
      "her motion didn't say who pays for the translation service, and "
      "that's the bit that matters.",
      "Balanced criticism; compare [[pa26]]."),
    H("hn6_riskassessment", "HN6", "pa df",
      "Cllr Tebbutt told the residents' meeting the school bus route had "
      "been risk assessed. The risk assessment is dated two weeks after that "
      "meeting. That needs explaining.",
      "The on-the-record counterpart of [[pa20]] ('liar')."),
    H("hn6_solarvotes", "HN6", "pa",
      "Cllr Fovargue has sat on planning for fourteen years and voted against "
      "every solar scheme. Fair enough, but the district's net zero plan "
      "can't be met that way.",
      "Voting record of a named member."),
]
