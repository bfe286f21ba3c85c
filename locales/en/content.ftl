# Questionnaire content, English. Ids come from content/questionnaire.toml
# (see the comment at its top). Plain language: short sentences, one idea each.

## Shared answer options

opt-yes = Yes
opt-no = No
opt-not-sure = I am not sure
opt-prefer-not = I'd rather not say
opt-dont-know = I don't know
opt-other = Other
opt-none = None of these

## Procedure

q-decision-when = What date is printed on the letter that said no to your asylum application?
    .short = Date of the decision
    .why = Some deadlines count from this date. Use the date printed on the letter, not the day it arrived.
q-decision-when-opt-lt-1w = Less than 1 week ago
q-decision-when-opt-w1-4 = 1 to 4 weeks ago
q-decision-when-opt-m1-3 = 1 to 3 months ago
q-decision-when-opt-gt-3m = More than 3 months ago

q-appeal = Did you or your lawyer appeal against the decision?
    .short = Appeal
    .why = An appeal to the court can change what happens next.
q-appeal-opt-not-yet = No, not yet
q-appeal-opt-running = Yes, and the court has not decided yet
q-appeal-opt-lost = Yes, and the court said no

q-appeal-term = How much time does your letter give you to appeal?
    .short = Time to appeal
    .why = The time to appeal is short. Your letter says how long it is.
q-appeal-term-opt-one-week = 10 days or less (for example 1 week)
q-appeal-term-opt-four-weeks = 2 weeks or more (for example 4 weeks)

q-dublin = Does the letter say that another European country must handle your application?
    .short = Another European country responsible (Dublin)
    .why = Then other rules and other deadlines apply.

q-departure = You got time to leave the Netherlands (the departure period). Is that time still running?
    .short = Departure period
    .why = When this time ends, your reception often ends too.
q-departure-opt-running = Yes, it is still running
q-departure-opt-ended = No, it has ended
q-departure-opt-zero-days = I had to leave straight away (0 days)

q-entry-ban = Did you get an entry ban?
    .short = Entry ban
    .why = An entry ban means you may not come back to Europe for some years.

q-dtv-contact = Have you had talks about departure with the DT&V? (DT&V is the Dutch government's return service.)
    .short = Talks with the DT&V
    .why = These talks matter for some ways to stay.
q-dtv-contact-opt-several = Yes, several times
q-dtv-contact-opt-once = Yes, once

q-reception = Where do you sleep now?
    .short = Where you sleep
    .why = We want to know if you have a safe place to sleep.
q-reception-opt-coa = In a COA centre (asylum reception)
q-reception-opt-vbl = In the departure centre (VBL) in Ter Apel
q-reception-opt-family-location = In a family location
q-reception-opt-municipal = In a night shelter of the city
q-reception-opt-friends = With friends or family
q-reception-opt-street = On the street, or nowhere fixed

## Fear on return

q-fear = Are you afraid of what will happen to you if you go back to your country?
    .short = Fear of going back
    .why = Nobody should be sent back to danger. Your answer decides what we show first.

q-fear-of = What are you afraid of? You can choose more than one.
    .short = What you are afraid of
    .why = This helps a counsellor look at your story again.
q-fear-of-opt-persecution = Being persecuted, for example for my beliefs, origin or who I am
q-fear-of-opt-inhuman = Being tortured or treated cruelly
q-fear-of-opt-authorities = The police, the army or the government
q-fear-of-opt-group = A group, a gang or a family
q-fear-of-opt-war = War or violence in my area

q-understood = Do you feel that your asylum story was understood?
    .short = Whether your story was understood
    .why = If not, a second look at your story can help.
q-understood-opt-partly = Partly

q-new-facts = Has anything changed since the decision? You can choose more than one.
    .short = What changed since the decision
    .why = New facts can be a reason for a new application.
q-new-facts-opt-country-changed = The situation in my country got worse
q-new-facts-opt-lgbti = I can now say that I am lesbian, gay, bisexual, trans or intersex
q-new-facts-opt-conversion = I changed my religion
q-new-facts-opt-political = I became politically active
q-new-facts-opt-documents = I have new documents
q-new-facts-opt-witnesses = I found new witnesses

## Health and safety

q-health = Is one of these true for you now? You can choose more than one.
    .short = Health
    .why = Illness or pregnancy can be a reason to postpone departure.
q-health-opt-serious-illness = I have a serious illness and I am being treated
q-health-opt-pregnant = I am pregnant
q-health-opt-tb = I am being treated for tuberculosis (TB)
q-health-opt-mental = I have a lot of stress, fear or sadness

q-doctor = Can you see a doctor when you need one?
    .short = Access to a doctor
    .why = Everyone in the Netherlands has a right to necessary medical care.

q-crisis = Do you sometimes think about ending your life?
    .short = Thoughts about ending your life
    .why = If so, we show you where to get help now, day and night.
q-crisis-opt-often = Yes, often
q-crisis-opt-sometimes = Yes, sometimes

q-unsafe-now = Do you feel unsafe where you are right now?
    .short = Feeling unsafe now
    .why = Your safety comes first.

q-trafficking = Has someone done one of these things to you? You can choose more than one.
    .short = Signs of exploitation
    .why = Victims of human trafficking have special rights in the Netherlands.
q-trafficking-opt-debt = Made me pay a debt that I cannot pay off
q-trafficking-opt-forced-work = Forced me to work or to do things I did not want
q-trafficking-opt-documents-taken = Took my passport or papers
q-trafficking-opt-controlled = Decides where I go and whom I see

## Family

q-children = Do you have children under 18 with you in the Netherlands?
    .short = Children with you
    .why = Children have their own rights, for example to shelter and school.

q-school = Do your children go to school?
    .short = School
    .why = Every child from 5 years old must go to school, with or without papers.
q-school-opt-some = Some of them
q-school-opt-too-young = They are younger than 5

q-family-nl = Do you have family in the Netherlands with a Dutch passport or a residence permit? You can choose more than one.
    .short = Family in the Netherlands
    .why = Family ties can give a right to stay.
q-family-nl-opt-dutch-child = A child with a Dutch passport
q-family-nl-opt-partner = A husband, wife or partner
q-family-nl-opt-other-family = Other family

## Documents and country

q-documents = Do you have a passport or other travel document?
    .short = Travel document
    .why = This matters for every option: staying, waiting or going back.
q-documents-opt-valid = Yes, and it is still valid
q-documents-opt-expired = Yes, but it has expired
q-documents-opt-no-document = No
q-documents-opt-held = The Dutch authorities have it

q-embassy = Did you ask the embassy of your country for a travel document?
    .short = Contact with the embassy
    .why = If your country will not let you in, there may be a way to stay.
q-embassy-opt-refused = Yes, and they said no
q-embassy-opt-no-answer = Yes, but they did not answer
q-embassy-opt-in-progress = Yes, and I am waiting
q-embassy-opt-not-tried = No, not yet

q-nationality = Does a country see you as its citizen?
    .short = Nationality
    .why = People without a nationality (stateless people) can have other rights.
q-nationality-opt-one-country = Yes
q-nationality-opt-stateless = No, I am stateless
q-nationality-opt-unsure = I am not sure

q-country = Which country do you come from?
    .short = Country
    .why = Help and safety differ per country.

## What you want

q-wants = What would you like to do now?
    .short = What you want now
    .why = We show the support that fits your wish. You decide.
q-wants-opt-stay = I want to try to stay in the Netherlands
q-wants-opt-unsure = I don't know yet
q-wants-opt-talk = First I want to talk to someone
q-wants-opt-return-thinking = I am thinking about going back
q-wants-opt-return-decided = I have decided to go back

q-new-start = What would help you make a new start? You can choose more than one.
    .short = What would help a new start
    .why = Support after return can be planned around this.
q-new-start-opt-work = Work
q-new-start-opt-business = Starting a small business
q-new-start-opt-education = Education or training
q-new-start-opt-housing = A place to live
q-new-start-opt-medical = Medical care
q-new-start-opt-family = Contact with family

q-family-origin = Do you have family or friends in your country who could help you?
    .short = Family or friends in your country
    .why = Support after return can include reconnecting with them.

q-past-return = Did IOM or the government help you go back before, in the last 5 years?
    .short = Help with return before
    .why = This can matter for the help IOM can give.

q-can-pay = Can you pay for the journey yourself?
    .short = Paying for the journey
    .why = If you cannot, the journey can be paid for you.

## Urgent notes

urgent-crisis = You do not have to carry this alone
    .what = Talk to someone now. 113 Zelfmoordpreventie is free and anonymous, day and night.
    .next = Call 113 (free) or chat at 113.nl. You can also tell a counsellor of VluchtelingenWerk.
urgent-unsafe = Your safety comes first
    .what = If you are in danger now, call 112.
    .next = Go to a safe place if you can. Tell a counsellor of VluchtelingenWerk what happened.
urgent-appeal-short = Your time to appeal is short
    .what = Your letter says how many days you have, counted from the decision. Since 12 June 2026 the time may be shorter than before. An appeal costs you nothing.
    .next = Contact a lawyer today. If you do not have one, VluchtelingenWerk can help you find one.
urgent-appeal-long = Check your time to appeal
    .what = Your letter says how much time you have, counted from the decision. Since 12 June 2026 the time may be shorter than before. An appeal costs you nothing.
    .next = Contact a lawyer now. If you do not have one, VluchtelingenWerk can help you find one.
urgent-departure-running = Your departure period is running
    .what = The decision gave you time to leave, often 28 days. It counts from the decision if you did not appeal, or if your appeal does not stop removal. Otherwise it counts from the court's ruling, or from the ruling on an interim measure if that comes first. Reception by COA usually continues during that time.
    .next = Talk to VluchtelingenWerk about your options before this time ends.
urgent-departure-over = Your time to leave has ended
    .what = Reception may stop, and you may be asked to leave. Not leaving in time can bring an entry ban for Europe of up to 5 years, or longer after crimes.
    .next = Talk to VluchtelingenWerk or a lawyer soon about your rights and your options.
urgent-dublin = Another European country may be responsible
    .what = New EU rules for this apply from 1 July 2026. If your application was registered before 1 July 2026, the old Dublin rules still decide which country is responsible. Deadlines may apply.
    .next = Ask VluchtelingenWerk or your lawyer which rules and dates apply to you.
urgent-trafficking = You may be a victim of human trafficking
    .what = Are there signs that you are a victim of human trafficking? Then the police must offer you up to 3 months to think. During that time you will not be sent away.
    .next = Contact CoMensha or VluchtelingenWerk. If you report it to the police (aangifte), that also counts as an application for a permit. The permit lasts as long as the criminal investigation.
urgent-shelter-family = Families with children have a right to shelter
    .what = Families with children under 18 can go to a family location.
    .next = Ask VluchtelingenWerk today to help you arrange shelter.
urgent-shelter = A safe place to sleep
    .what = Some cities still offer night shelter, but not all. The rules differ per city.
    .next = Ask VluchtelingenWerk or ROS which shelter is open to you.
urgent-medical = You have a right to medical care
    .what = Everyone may see a doctor, also without papers. Care is not always free. If you cannot pay, the doctor can claim the costs from the CAK. Not every hospital or pharmacy works with the CAK.
    .next = Go to a family doctor (GP). Dokters van de Wereld can help you find one.
urgent-school = School is open to every child
    .what = Every child in the Netherlands has the right to go to school, also without papers. From the age of 5, a child must go to school.
    .next = Ask VluchtelingenWerk or the municipality to help you find a school.

## Routes

route-conversation = A conversation about the decision
    .what = A counsellor of VluchtelingenWerk listens to you. Together you look at the decision and your questions. They can give a second opinion.
    .next = Make an appointment with VluchtelingenWerk. You can bring your letters.
route-flight-story = A second look at your asylum story
    .what = A counsellor goes through your story with you again (a flight-story analysis). This helps to check that you are not sent back to danger. It can also help you understand the decision and come to terms with it.
    .next = Ask VluchtelingenWerk for a flight-story analysis. Bring your decision and interview reports if you have them.
route-legal-check = A check of your options to stay or to postpone departure
    .what = VluchtelingenWerk and a lawyer look at whether there is a way to stay, or to leave later.
    .next = Ask VluchtelingenWerk for a check. Talk to a lawyer before you start a new procedure.
route-reintegration = Support to rebuild your life after return (ERSO)
    .what = If you decide to go back yourself, VluchtelingenWerk can prepare your return with a partner organisation in your country. You make a plan together, for example for work, a small business, school or housing. Support can continue up to a year.
    .next = Ask VluchtelingenWerk whether there is a partner in your country. Take your time to decide. You can change your mind.
route-iom = Return with help from IOM
    .what = IOM can arrange the ticket, help with travel documents and help at arrival. Sometimes there is extra support to start again. Talks are confidential.
    .next = Contact IOM or ask VluchtelingenWerk. IOM checks whether you meet its conditions.
route-return-orgs = Other organisations that help with return
    .what = Some organisations offer courses, or a tool kit to start work after return.
    .next = Ask VluchtelingenWerk which organisation fits you best.

## Points within a route

point-higher-appeal = The court said no. A further appeal to the Council of State (Raad van State) may be possible. The time for this is short.
point-new-application = New facts can be a reason for a new asylum application. Talk to a lawyer first.
point-no-fault = If your country will not let you in, you may get a "no-fault" permit (buitenschuldvergunning). First ask the DT&V to help you leave. If that fails through no fault of yours, the DT&V can advise the IND to give the permit. Your identity and nationality must be clear. It is hard to get.
point-medical-postponement = If you or a family member are too ill to travel, departure can be postponed (article 64). You or your lawyer must ask the IND for this, also for pregnancy or TB treatment.
point-statelessness = If you have no nationality, the court in The Hague can decide that you are stateless. You need a lawyer for this, and court fees apply.
point-family-ties = A parent who cares for a Dutch child, or someone with close family here, may have a right to stay.
point-trafficking-permit = Victims of human trafficking can get time to think and sometimes a permit.
point-erso-partner = In the past there was a partner organisation in this country. VluchtelingenWerk can tell you if there is one now.
point-new-start-plan = Your plan can include what you said would help you.
point-family-support = Your plan can include getting back in touch with your family or friends.
point-iom-caveat = IOM may not be able to help with return to this country. Ask IOM or VluchtelingenWerk.
point-iom-past-return = If you got return help in the last 5 years, IOM may not be able to help again. Ask IOM or VluchtelingenWerk.
point-iom-ticket = IOM pays for the journey only if you cannot pay it yourself. Ask IOM or VluchtelingenWerk.

## Referral directory

ref-vwn = VluchtelingenWerk Nederland
    .offer = Free and independent advice, a listening ear, a second opinion, help with legal questions and with return.
    .how = VluchtelingenWerk is active in every asylum reception centre (azc): ask its staff there. Otherwise, go to the website.
ref-lawyer = A lawyer (through the Raad voor Rechtsbijstand)
    .offer = A lawyer for asylum cases, arranged through the Raad voor Rechtsbijstand.
    .how = VluchtelingenWerk can help you find a lawyer.
ref-erso = ERSO network
    .offer = Partner organisations in countries of origin that help people to rebuild their lives.
    .how = Ask VluchtelingenWerk. They contact the partner for you.
ref-iom = IOM Netherlands
    .offer = Help with voluntary return: ticket, travel documents, help on arrival and sometimes support to start again.
    .how = Contact IOM through its website, or ask VluchtelingenWerk.
ref-ros = ROS Rotterdam
    .offer = A legal check, access to medical care, emergency shelter and help to think about your future.
    .how = Ask VluchtelingenWerk to put you in touch.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Courses and a tool kit to start working after return.
    .how = Ask VluchtelingenWerk to put you in touch.
ref-comensha = CoMensha
    .offer = National centre for victims of human trafficking.
    .how = Contact CoMensha through its website, or ask VluchtelingenWerk.
ref-line113 = 113 Zelfmoordpreventie
    .offer = Talk to someone about thoughts of ending your life. Free, anonymous, day and night.
    .how = Call or chat.
ref-emergency112 = Emergency number 112
    .offer = Police, ambulance and fire brigade in an emergency.
    .how = Call 112.
ref-dvdw = Dokters van de Wereld
    .offer = Help to find a family doctor and to get medical care without papers.
    .how = Go to the website, or ask VluchtelingenWerk.
ref-cak = CAK scheme
    .offer = Doctors and hospitals are paid through this scheme when you cannot pay.
    .how = You do not need to do anything. Tell the doctor that you have no insurance.
