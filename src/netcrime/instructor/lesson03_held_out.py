"""Lesson 03, question 2: the held-out vignettes (instructor only; never in a student build).

Fourteen extra fictional vignettes, written for the course in the style of
data/case_vignettes.csv, two per type, that appear in no notebook. The grader
runs a student's classifier on them, so its score is an honest measure on text
the student has never seen. Same style and rules as the case set: no give-away
words such as the type's own name.
"""

HELD_OUT = (
    ("H01", "Ms Tan, a hairdresser in Jiujiang, borrowed through an app that promised cash in ten minutes. "
            "Her contract said 8,000 yuan, but 5,200 yuan reached her account after a \"credit check fee\" "
            "was taken. Six days later she was told to repay 8,000 yuan or face daily charges.", "trap_loan"),
    ("H02", "Mr Yu in Shantou tried to repay a 4,000 yuan online advance two days early, but the app's "
            "repayment button stopped working. Its staff did not answer until the due date had passed, then "
            "added 3,000 yuan in overdue charges and offered a new advance to cover them.", "trap_loan"),
    ("H03", "A warehouse worker surnamed Ge in Linyi was drawn into an intimate video call by a woman he had "
            "met on a dating app. The call was recorded, and she then sent him the names of his cousins and "
            "his supervisor. She asked for 15,000 yuan to keep the clip from them.", "sextortion"),
    ("H04", "Mr Ou, a teacher in Zhanjiang, was asked by an online friend to install a \"better sound\" app "
            "before a private video chat. The app copied his phone contacts and the chat was secretly "
            "recorded. He was told his colleagues would see it unless he paid 8,000 yuan.", "sextortion"),
    ("H05", "A buyer ordered 80 packs of noodles from an online shop in Zigong and then wrote that the "
            "listing's word \"finest\" broke the advertising rules. He threatened to complain to the market "
            "regulator about every pack unless the owner paid 8,000 yuan.", "malicious_claim"),
    ("H06", "Three people bought 40 lamps from an online lighting store in Zhongshan and claimed a safety "
            "label was in the wrong place. They told the owner they would file complaints with the platform "
            "and the regulator each week unless she paid them 12,000 yuan.", "malicious_claim"),
    ("H07", "An account calling itself a local news page posted that a private clinic in Mianyang had "
            "botched operations. A day later its operator told the clinic the post would be deleted for a "
            "40,000 yuan \"cooperation fee\".", "publicity_extortion"),
    ("H08", "A county official in Jiangxi received a message from a man who said he ran a self-media "
            "account and had a story about irregular road contracts ready to publish. He offered to drop the "
            "story for 30,000 yuan in \"sponsorship\".", "publicity_extortion"),
    ("H09", "A furniture maker in Ganzhou paid a studio to post claims that a rival's sofas contained toxic "
            "glue. The studio used about 500 accounts on shopping sites and forums. Nobody asked the rival "
            "for money.", "paid_trolls"),
    ("H10", "After losing a neighbourhood dispute, a man in Weifang paid an online team to post abuse about "
            "a community worker. Hundreds of accounts called her corrupt and shared her phone number, and she "
            "received threatening calls for weeks.", "paid_trolls"),
    ("H11", "Mr Lin, 20, replied to an online job advert for a \"trading assistant\" in Guilin. On arrival he "
            "was told to pay 36,000 yuan to join the team and earn by bringing in friends. His phone was "
            "taken and he was not allowed to leave the flat.", "pyramid_selling"),
    ("H12", "A chat-app group sold places in a \"smart farming\" plan for 5,000 yuan each and paid members "
            "only for the people they signed up. Members who wanted to quit were threatened and told their "
            "parents would be visited.", "pyramid_selling"),
    ("H13", "Ms Kou in Baoding borrowed 6,000 yuan from an online lender and received the whole amount. "
            "After she missed two payments, collectors sent messages calling her a thief to everyone in her "
            "contact list and rang her office all day.", "debt_harassment"),
    ("H14", "Mr Ji in Yancheng fell behind on a 10,000 yuan loan that he had genuinely received. The "
            "collection firm posted his photo in his residential compound's chat group and sent his parents "
            "an edited picture of him behind bars.", "debt_harassment"),
)
