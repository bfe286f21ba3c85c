# Advice text added for issue 13, English: new questions, notes, points,
# deadlines, protection signals and result lines. Ids come from
# content/questionnaire.toml (see the comment at its top) and src/.

## New questions

q-lawyer = Do you have a lawyer for your asylum case?
    .short = Lawyer
    .why = A lawyer can check your options and help you in court.
q-detention = Are you held in detention now?
    .short = Detention
    .why = In detention you have a right to a lawyer. Quick help matters then.
q-minor-alone = Are you younger than 18 and in the Netherlands without your parents?
    .short = Under 18 without parents
    .why = Children without their parents get a guardian and have their own rights.
q-child-stateless = Was one of your children born in the Netherlands, without a nationality?
    .short = Child born here without a nationality
    .why = Such a child may be able to become Dutch.
q-new-start-opt-travel-only = Only help with the journey and travel documents

## New urgent notes

urgent-detention = Detention: get legal help now
    .what = You get a lawyer and an interpreter. Your lawyer can appeal to the court. The court checks whether your detention is lawful.
    .next = Ask for your lawyer today. VluchtelingenWerk can help you reach one.
urgent-appeal-unknown = Check your time to appeal today
    .what = Your letter says how much time you have. Since 12 June 2026 the time may be shorter than before: sometimes only days. An appeal costs you nothing.
    .next = Read the letter or ask a lawyer or VluchtelingenWerk today. Until you know, keep to the shortest time.
urgent-appeal-late = The time to appeal has probably passed
    .what = The time to appeal is counted from the decision, and it is at most 1 month. Sometimes a late appeal is still accepted.
    .next = Contact a lawyer today. They can check what is still possible.
urgent-interim-measure = You had to leave at once, and an appeal may run
    .what = With 0 days to leave, an appeal may not stop your removal. You can ask the court to let you wait here for its decision.
    .next = Ask your lawyer today to request an interim measure (voorlopige voorziening).
urgent-no-lawyer = You can get a lawyer
    .what = In asylum cases, the Raad voor Rechtsbijstand arranges lawyers. Ask whether you have to pay anything.
    .next = Ask VluchtelingenWerk to help you find a lawyer. Do this soon.
urgent-minor-alone = Children without their parents have a guardian: Nidos
    .what = Are you under 18 and here without your parents? Then Nidos is your guardian. Your guardian helps you with every decision.
    .next = Contact your guardian at Nidos. VluchtelingenWerk can help you with this.
urgent-departure-unknown = Find out if your time to leave is still running
    .what = Your letter says how much time you have to leave: often 28 days, sometimes 0 days. It counts from the decision if you did not appeal, or if your appeal does not stop removal. Otherwise it counts from the court's ruling.
    .next = Ask VluchtelingenWerk or your lawyer to read the letter with you.

## New points within a note or route

point-stress-support = Stress, fear or sadness are common after a rejection. A doctor can refer you to psychological help.
point-before-you-decide = Before you decide, talk it through with a counsellor. They listen, and you can always change your mind.
point-options-to-stay = Even if you want to go back, it is good to know your options to stay. A check is free.
point-no-fault-dtv = You have not talked with the DT&V yet. For this permit, you must first ask the DT&V for help to leave.
point-child-stateless = A stateless child born in the Netherlands can sometimes become Dutch. The conditions are strict: a lawyer must check them.
point-erso-refer = No partner is known in this country. VluchtelingenWerk then refers you to IOM or another return organisation.
point-iom-withdraw = When you leave with IOM, you sign a statement. With it, any procedure you still have in the Netherlands ends. Until then, you can change your mind.
point-iom-excluded = IOM does not help people of some nationalities, for example from EU countries and some very rich countries. Ask IOM or VluchtelingenWerk.
point-iom-documents = IOM can help you get a travel document.
point-iom-visa-free = People from your country need no visa to visit the Netherlands. IOM may still help with the journey, but the extra support to start again is not open to you. Ask IOM or VluchtelingenWerk.
point-iom-own-ticket = You can pay for the journey yourself. Then IOM does not pay the ticket, but may help in other ways. Ask IOM or VluchtelingenWerk.
point-iom-ukraine = In 2017 IOM stopped its return support for people from Ukraine. Whether this still applies is not known. Ask IOM or VluchtelingenWerk.
point-trafficking-if-ever = If anyone ever forces you to work, takes your papers or says you owe them money, you can get help. Contact CoMensha (comensha.nl) or VluchtelingenWerk.
point-minor-alone-if-ever = Children under 18 who are in the Netherlands without their parents have a guardian at Nidos. If this is true for you, VluchtelingenWerk can help you contact Nidos.
point-reintegration-visa-free = People from your country need no visa to visit the Netherlands. Then the reintegration support paid by the Dutch government is not open to you. This is true at VluchtelingenWerk, other organisations and IOM. VluchtelingenWerk can still talk with you about your return.
point-reintegration-past-return = If you got help to return in the last 5 years, this support is usually not open to you again. VluchtelingenWerk can tell you what is still possible.
point-return-orgs-not-open = These organisations follow the Dutch government's rules for reintegration support. From your answers, their support may not be open to you. Ask VluchtelingenWerk.
point-iom-dublin = Another European country may be responsible for your asylum application (Dublin). Then it is not clear whether IOM can help you return. Ask IOM or your lawyer.

## Deadlines: the date, and what to do once it has passed

deadline-appeal-1w = If you have 1 week to appeal, the last day is { $date }.
    .passed = This date has passed. Contact a lawyer today: sometimes a late appeal is still possible.
    .between = If you have 1 week to appeal, the last day is between { $from } and { $to }.
    .unsure = The last day may have passed already. Contact a lawyer today.
    .gone = If you had 1 week to appeal, that time has probably passed. Contact a lawyer today: sometimes a late appeal is still possible.
    .unknown = If you have 1 week to appeal, the last day is 1 week after the date of the decision. The date is in your letter.
deadline-appeal-4w = If you have 4 weeks to appeal, the last day is { $date }.
    .passed = This date has passed. Contact a lawyer today: sometimes a late appeal is still possible.
    .between = If you have 4 weeks to appeal, the last day is between { $from } and { $to }.
    .unsure = The last day may have passed already. Contact a lawyer today.
    .gone = If you had 4 weeks to appeal, that time has probably passed. Contact a lawyer today: sometimes a late appeal is still possible.
    .unknown = If you have 4 weeks to appeal, the last day is 4 weeks after the date of the decision. The date is in your letter.
deadline-appeal-pact-5d = Short procedure: the last day to appeal can be as early as { $date }. Your letter gives the exact day.
    .passed = This earliest possible day has passed. Look at your letter now, and contact a lawyer today.
    .between = Short procedure: the last day to appeal can be as early as a day between { $from } and { $to }. Your letter gives the exact day.
    .unsure = The last day may have passed already. Contact a lawyer today.
    .gone = Short procedure: the time to appeal has probably passed. Contact a lawyer today: sometimes a late appeal is still possible.
    .unknown = Short procedure: the last day to appeal can be only 5 days after the date of the decision. The exact day is in your letter.
deadline-appeal-pact-2w = Other cases: the last day to appeal can be as early as { $date }. Your letter gives the exact day.
    .passed = This earliest possible day has passed. Look at your letter now, and contact a lawyer today.
    .between = Other cases: the last day to appeal can be as early as a day between { $from } and { $to }. Your letter gives the exact day.
    .unsure = The last day may have passed already. Contact a lawyer today.
    .gone = Other cases: the time to appeal has probably passed. Contact a lawyer today: sometimes a late appeal is still possible.
    .unknown = Other cases: the last day to appeal can be only 2 weeks after the date of the decision. The exact day is in your letter.
deadline-departure = Your time to leave probably ends on { $date }. Check the date in your letter.
    .passed = This date has passed. Your time to leave has probably ended. Ask VluchtelingenWerk about your rights now.
    .between = Your time to leave probably ends on a day between { $from } and { $to }. Check the date in your letter.
    .unsure = Your time to leave may have ended already. Ask VluchtelingenWerk about your rights now.
    .gone = Your time to leave has probably ended. Ask VluchtelingenWerk about your rights now.
    .unknown = Your time to leave ends 28 days after the date of the decision. The date is in your letter.
deadline-departure-no-suspend = Did you not appeal, or does your appeal not stop your removal? Then your time to leave probably ends on { $date }. If your appeal does stop removal, it ends 28 days after the court's ruling.
    .passed = This date has passed. Then your time to leave may have ended. Ask VluchtelingenWerk or your lawyer about your rights now.
    .between = Did you not appeal, or does your appeal not stop your removal? Then your time to leave probably ends on a day between { $from } and { $to }. If your appeal does stop removal, it ends 28 days after the court's ruling.
    .unsure = Then your time to leave may have ended already. Ask VluchtelingenWerk or your lawyer about your rights now.
    .gone = Did you not appeal, or does your appeal not stop your removal? Then your time to leave has probably ended. If your appeal does stop removal, it ends 28 days after the court's ruling. Ask VluchtelingenWerk or your lawyer now.
    .unknown = Did you not appeal, or does your appeal not stop your removal? Then your time to leave ends 28 days after the date of the decision. Otherwise it ends 28 days after the court's ruling. The dates are in the letters.

## Why return support is not suggested (protection signals)

signal-fear = You did not say that you are not afraid of going back.
signal-trafficking = You did not say that none of the signs of exploitation apply to you.
signal-minor-alone = You may be under 18 and here without your parents.

## Reassurance above a question

notice-embassy-fear = You do not have to contact your embassy. If you fear the authorities of your country, tell VluchtelingenWerk.

## Result

advice-danger = In danger now? Call 112. Thinking about ending your life? Call 113, day and night.
advice-confirm = Some facts here could not be checked on the publisher's own page. Ask VluchtelingenWerk to confirm them.
advice-confirm-card = Ask VluchtelingenWerk to confirm this. Rules and dates can change.
advice-held-back = Not suggested now, because:
advice-fact-source = Source: { $publisher }, "{ $title }". Checked on { $checked }: { $url }

## Date field

date-readback = You entered: { $date }, { $ago }.
date-ago = { $days ->
    [0] today
    [1] yesterday
   *[other] { $days } days ago
}
error-date-too-early = This date is very long ago. Check the year, and the order of day and month.

## Referral

ref-nidos = Nidos
    .offer = The guardian for children under 18 who are in the Netherlands without their parents.
    .how = Ask your guardian, or go to the website.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Source: { $publisher }, "{ $title }", { $published }. Checked on { $checked }: { $url }
referral-through-vwn = Through VluchtelingenWerk
result-links-note = A link opens another website. The visit stays in this phone's browser history; quick exit cannot remove it. Each address is also written out.
info-checked-until = The information was checked up to { $date }.
referral-vwn-shares = VluchtelingenWerk is independent and does not take part in forced return. Ask them what they write down and pass on.
referral-lawyer-shares = The Raad voor Rechtsbijstand pays your lawyer and receives the papers of your case. Ask your lawyer what else they share.
referral-erso-shares = A partner organisation in your country learns your plans and stays in touch for up to a year. The DT&V (the government's return service) pays for the project. Ask what is passed on.
referral-iom-shares = IOM says your talks are confidential. IOM runs the return programme for the DT&V (the government's return service). When you leave, you sign a statement that ends your procedures in the Netherlands.
referral-ros-shares = The DT&V (the government's return service) pays for the return help of ROS. Ask them what they tell the DT&V about you.
referral-wereldwijd-shares = The DT&V (the government's return service) pays for the return help of WereldWijd. Ask them what they tell the DT&V about you.
referral-comensha-shares = CoMensha registers every reported victim of human trafficking. It passes on figures only without names.
referral-nidos-shares = As your guardian, Nidos works closely with the DT&V and COA on the return of a child alone.
referral-line113-shares = You can call or chat with 113 anonymously.
referral-emergency112-shares = Calls to 112 are recorded. The operator sends police, fire brigade or ambulance.
referral-dvdw-shares = Ask them what they share with others.
referral-cak-shares = Your doctor or hospital, not you, sends the bill to the CAK, a government office.
