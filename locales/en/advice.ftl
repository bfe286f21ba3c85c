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
    .why = Children alone get a guardian and have their own rights.
q-child-stateless = Was one of your children born in the Netherlands, without a nationality?
    .short = Child born here without a nationality
    .why = Such a child may be able to become Dutch.
q-new-start-opt-travel-only = Only help with the journey and travel documents

## New urgent notes

urgent-detention = Detention: get legal help now
    .what = You get a lawyer and an interpreter. Your lawyer can appeal to the court. The court checks whether your detention is lawful.
    .next = Ask for your lawyer today. VluchtelingenWerk can help you reach one.
urgent-appeal-unknown = Check your time to appeal today
    .what = The letter says whether you have 1 week or 4 weeks. Both dates are below. An appeal costs you nothing.
    .next = Read the letter or ask a lawyer today. Until you know, keep to the earliest date.
urgent-appeal-late = The time to appeal has probably passed
    .what = You have at most 4 weeks after the decision to appeal. Sometimes a late appeal is still accepted.
    .next = Contact a lawyer today. They can check what is still possible.
urgent-interim-measure = You had to leave at once, and an appeal may run
    .what = With 0 days to leave, an appeal may not stop your removal. You can ask the court to let you wait here for its decision.
    .next = Ask your lawyer today to request an interim measure (voorlopige voorziening).
urgent-no-lawyer = You can get a lawyer
    .what = In asylum cases, the Raad voor Rechtsbijstand arranges lawyers. Ask whether you have to pay anything.
    .next = Ask VluchtelingenWerk to help you find a lawyer. Do this soon.
urgent-minor-alone = Children alone have a guardian: Nidos
    .what = Are you under 18 and here without your parents? Then Nidos is your guardian. Your guardian helps you with every decision.
    .next = Contact your guardian at Nidos. VluchtelingenWerk can help you with this.
urgent-departure-unknown = Find out if your time to leave is still running
    .what = Your letter says how much time you have to leave: often 28 days, sometimes 0 days. After an appeal, it counts from the court's ruling.
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
point-iom-visa-free = People from your country need no visa for short visits to Europe. Then the government's support to start again after return is not open to you. IOM may still help with the journey. Ask IOM or VluchtelingenWerk.
point-iom-own-ticket = You can pay for the journey yourself. Then IOM does not pay the ticket, but may help in other ways. Ask IOM or VluchtelingenWerk.

## Deadlines: the date, and what to do once it has passed

deadline-appeal-1w = If you have 1 week to appeal, the last day is { $date }.
    .passed = This date has passed. Contact a lawyer today: sometimes a late appeal is still possible.
deadline-appeal-4w = If you have 4 weeks to appeal, the last day is { $date }.
    .passed = This date has passed. Contact a lawyer today: sometimes a late appeal is still possible.
deadline-departure = Your time to leave probably ends on { $date }. Check the date in your letter.
    .passed = This date has passed. Your time to leave has probably ended. Ask VluchtelingenWerk about your rights now.

## Why return support is not suggested (protection signals)

signal-fear = You did not say that you are not afraid of going back.
signal-trafficking = You told us about signs of exploitation.
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
result-links-note = A link opens another website. The visit stays in this phone's browser history, and quick exit cannot remove it. Each address is also written out, so you can type it on another device.
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
