"""HN2: counter-speech and quoting abuse to condemn it (28)."""
from rowlib import H

ROWS = [
    H("hn2_pilein", "HN2", "bi dp",
      "To whoever posted Cllr Oduya's personal number and told people to "
      "ring him all night: that is harassment, it has been reported to the "
      "police, and it has no place in Wenlode politics. Disagree with him all "
      "you like. Leave his family alone.",
      "Condemns [[bi20]] without repeating the number."),
    H("hn2_pikey", "HN2", "eq al",
      "Somebody sprayed 'pikeys out' on the Cradge Bank site sign over the "
      "weekend. That word is a racial slur against Gypsy and Traveller "
      "families, some of whom have been in these fens longer than mine. "
      "Reported as a hate incident.",
      "Quotes the slur of [[eq02]] to condemn it."),
    H("hn2_goback", "HN2", "eq",
      "Third message this week telling me to 'go back to Portugal'. I came "
      "to Saltholme in 2004 to pack leeks, I've paid my way here for twenty-"
      "one years and my kids talk like proper yellerbellies. I'm not going "
      "anywhere.",
      "The target answers the abuse of [[eq03]]; 'yellerbelly' is a fond "
      "word for a Lincolnshire native.", author="Ana Ferreira"),
    H("hn2_hmd", "HN2", "eq",
      "Holocaust Memorial Day. This week somebody sent me the old line about "
      "Jews 'always knowing where the money is'. That lie is two thousand "
      "years old and it helped build the camps. Call it out every time.",
      "Names the antisemitic trope of [[eq11]] to condemn it.",
      author="Rachel Adler", date="2026-01-27"),
    H("hn2_kingfisher", "HN2", "eq al",
      "A man shouted 'mongs' at the Kingfisher day centre group on the "
      "market this morning. The staff dealt with it with more grace than I "
      "could have. That word is disability hate. Those lads have as much "
      "right to the square as anyone.",
      "Condemns the slur of [[eq14]]."),
    H("hn2_chingchong", "HN2", "eq",
      "Happy Lunar New Year from the Chans! 🧧 And to the lad who shouted "
      "'ching chong' at my nephew outside the shop last night: he was born "
      "in Wenlode, same as you. Grow up.",
      "Quotes a racist taunt to rebut it.", author="Mei Ling Chan",
      date="2026-02-17"),
    H("hn2_dykesign", "HN2", "eq al",
      "Somebody thought it'd be funny to write 'the only dyke that don't "
      "drain' on my street poster. Heard that one at school in 1981. Still "
      "not funny. Still not stopping me.",
      "The target of [[eq22]]'s joke quotes it to shrug it off.",
      author="Sharon Tebbutt"),
    H("hn2_women", "HN2", "eq",
      "A man at the Gannock parish meeting told Cllr Dack 'women can't "
      "handle the Fens'. My nan drove a tractor through the '47 floods. "
      "Women have always handled the Fens.",
      "Counter-speech quoting [[eq21]]'s line."),
    H("hn2_gallery", "HN2", "bi eq",
      "To the people planning to turn their backs on Cllr Royce in the "
      "public gallery on Thursday: that is organised humiliation of an "
      "elected member, and the gallery will be cleared if it happens. Come "
      "and listen, or stop at home.",
      "Condemns [[bi24]]."),
    H("hn2_turban", "HN2", "eq",
      "Somebody called my turban a 'tea towel' outside Hutson's in Ketteridge. "
      "I wear it for my faith. My dad wore his cutting celery in the black "
      "fen in 1968 and my boy will wear his too. Reported. Moving on.",
      "The target rebuts [[eq12]]'s jibe.", author="Harjit Sandhu"),
    H("hn2_mosque", "HN2", "eq",
      "'Islam has no place in Wenlode,' says a leaflet pushed through doors "
      "on Sluice Road. It's anti-Muslim hate, it's gone to the police, and it "
      "doesn't speak for this town. Salaam to our neighbours.",
      "Quotes [[eq09]]'s words to condemn them."),
    H("hn2_comments", "HN2", "eq",
      "Read the comments under the Standard's packhouse story and you'd "
      "think half the Fens had lost their minds. 'Send them back', 'all "
      "criminals'. These are folk who get up at four to cut your cabbages. "
      "Ashamed of some of that.",
      "Counter-speech quoting anti-migrant comments."),
    H("hn2_deaf", "HN2", "eq pa",
      "'Deaf as a post and daft with it,' somebody wrote about me this week. "
      "Deaf, yes, since the Army. Daft, maybe. But the loop in the chamber "
      "works and I hear the evidence better than most. Deafness is no bar "
      "to serving.",
      "The target quotes [[eq16]] and rebuts it.", author="Peter Fovargue"),
    H("hn2_pregnant", "HN2", "eq",
      "To the man who emailed to say pregnant women should stand down: "
      "parental leave for councillors exists because mothers serve too. My "
      "colleagues will cover Riverside and I'll be back in the autumn.",
      "The target answers [[eq26]]'s line.", author="Jade Buckenham"),
    H("hn2_ambulance", "HN2", "bi",
      "The message telling Cllr Sharman he'd 'leave in an ambulance' if he "
      "came down Beet Close has gone to the police. I disagree with him on "
      "nearly everything. Threats are never the answer.",
      "Condemns [[bi01]] across party lines."),
    H("hn2_regret", "HN2", "bi",
      "Messages telling members they'll 'regret that vote' have to stop. We "
      "can disagree in the chamber and have a cup of tea after. That's the "
      "Fen way.",
      "Quotes the veiled threat of [[bi14]] to condemn it."),
    H("hn2_cats", "HN2", "eq",
      "Somebody on here posted the old 'ask where the cats went' line about "
      "a Chinese takeaway. It's a racist trope, it isn't funny, and it's "
      "aimed at families who've fed this town for forty years.",
      "Condemns the trope of [[eq07]]."),
    H("hn2_bloke", "HN2", "eq pa",
      "'A bloke in a dress.' That's what was said about a colleague of mine "
      "this week. It's cruel, it's transphobic, and I stand with Tamsin.",
      "Quotes [[eq24]] to condemn it."),
    H("hn2_englishtown", "HN2", "eq",
      "'Saltholme used to be an English town.' It still is. It's also "
      "Lithuanian, Polish, Portuguese and Bulgarian, and it's better for it. "
      "Ignore the bitter lot on Facebook.",
      "Quotes and answers [[eq01]]."),
    H("hn2_home", "HN2", "eq",
      "A chap told me outside Moreby surgery I should 'be in a home at my "
      "age'. I'm 84 and I still cut my own hedge. I'll stand down when the "
      "voters tell me to, not him.",
      "The target answers [[eq18]]'s jibe.", author="Cyril Pegg"),
    H("hn2_lead", "HN2", "eq df",
      "Had the 'count the lead on the church roof' line about me again. Same "
      "old. My grandad was on the beet campaign in these fens before half my "
      "critics' families got here. Travellers built this place too.",
      "The target quotes [[eq08]]'s trope to rebut it.",
      author="Joe Loveridge"),
    H("hn2_complainant", "HN2", "bi",
      "Any councillor who names and shames a resident for making a "
      "complaint ought to be ashamed. Complaints are confidential for a "
      "reason, and people must feel safe to make them.",
      "Condemns [[bi27]] in general terms."),
    H("hn2_meme", "HN2", "pa",
      "Not sharing the meme going round about Cllr Buckenham. It's vile. "
      "Report it and move on, please.",
      "Refuses to amplify abuse without quoting it."),
    H("hn2_womenchair", "HN2", "eq",
      "'Women shouldn't chair planning.' Actual words from a man at the "
      "Ketteridge hustings. In 2026. The best planning chair this district "
      "ever had was a woman who grew up on a beet farm.",
      "Quotes [[eq20]] to condemn it."),
    H("hn2_trolls", "HN2", "al pa",
      "To the anonymous account calling our Leader a c*** every night: we "
      "have screenshots and so does the platform. Criticise her budget all "
      "you like, I do. That language is beyond the pale.",
      "Condemns the c-word of [[al13]], starred out.",
      targets=("Gillian Thurlow",)),
    H("hn2_mawther", "HN2", "eq pa",
      "A woman councillor got called a 'silly little mawther' at the "
      "drainage meeting last night. We call our girls mawthers out of love "
      "round here. Using it to shut a woman up isn't Fen humour, it's just "
      "rude.",
      "Condemns the put-down use of 'mawther' seen in [[pa11]] and [[eq21]]."),
    H("hn2_kicking", "HN2", "bi",
      "Somebody in the Lode & Lantern was heard saying Owen Sallis 'wants a "
      "proper kicking'. Owen, the whole chamber's behind you. Whoever said "
      "it: we know, and so do the police.",
      "Quotes [[bi04]] to condemn it."),
    H("hn2_oneeye", "HN2", "bi",
      "Got told to 'sleep with one eye open' this week. I'm not frit, but "
      "I've told the police, and I'd ask everyone in this district to turn "
      "the temperature down a bit.",
      "The target of [[bi05]] quotes it; 'frit' is dialect for frightened.",
      author="Rimas Jankauskas"),
]
