# Country information and "Thinking it through", English.
# Document titles and organisation names are passed in as they are written.

## The country card

country-card-title = Information about { $country }
country-card-intro = What is known about the situation in this country, and where it comes from. This is information, not legal advice.
country-card-checked = Each fact shows when we last checked it. Things can change. VluchtelingenWerk knows the latest.
country-card-vwn-explains = VluchtelingenWerk can explain what these documents mean for you.
country-card-return-later = Support for a return depends on your situation. The questions or VluchtelingenWerk can tell you more.
country-card-checked-on = Checked on { $date }.
country-card-primary = Source: the publisher itself.
country-card-secondary = Source: a copy or a summary. Ask VluchtelingenWerk to confirm it.
country-summary-include = Add this country information to the summary
country-card-source = Where this comes from

country-sec-situation = Official descriptions of the situation
country-sec-procedure = Dutch rules for this country
country-sec-stay = Options to stay
country-sec-return = Support if you choose to return
country-sec-practical = Practical points to ask about

country-kind-ambtsbericht = Country report of the Dutch Ministry of Foreign Affairs (algemeen ambtsbericht)
country-kind-euaa-guidance = Country guidance of the EU Agency for Asylum
country-kind-euaa-coi = Country reports of the EU Agency for Asylum
country-kind-unhcr = Position of UNHCR, the UN refugee agency
country-kind-safe-country = Dutch list of safe countries of origin
country-kind-moratorium = Pause on decisions and forced return
country-kind-erso = Reintegration partner (ERSO network)
country-kind-iom = IOM
country-kind-return-org = Other return organisations
country-kind-travel-documents = Travel documents from the embassy

country-pub-bz = Dutch Ministry of Foreign Affairs
country-pub-jenv = Dutch Ministry of Justice and Security
country-pub-euaa = EU Agency for Asylum (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = the project's summary of sources

country-fact-doc = The most recent we found: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = The most recent we found: a report by { $publisher }, { $date }. We did not see its exact title.
country-fact-unknown = We do not know. Ask { $ask }.
country-fact-safe-listed = On the list we found, of { $date }. People from these countries often get a faster procedure. The time to leave can be short, even 0 days. An appeal often cannot be awaited in the Netherlands. Your own reasons still count.
country-fact-safe-suspended = On the list we found, of { $date }. But this is suspended for now. The faster procedure is not used for this country.
country-fact-safe-not-listed = Not on the list we found, of { $date }.
country-fact-moratorium-past = From { $date }, the Netherlands paused decisions and forced return for this country. We do not know if this still applies. Ask VluchtelingenWerk.
country-fact-erso-past = A partner organisation was documented there in past projects ({ $years }). VluchtelingenWerk confirms the current partner.
country-fact-iom-limited = IOM may not be able to help with a return to this country now. Ask IOM or VluchtelingenWerk.
country-fact-iom-basic = IOM's basic return programme may help: a ticket, help with travel documents and a small allowance. Conditions apply. Ask IOM whether it works for this country.
country-fact-iom-visa-free = People from this country need no visa for short visits to Europe. IOM's support may then not apply. Ask IOM.
country-fact-return-org-general = Other organisations also help with return, such as ROS and WereldWijd. Ask VluchtelingenWerk which one works with this country.
country-fact-return-org = { $name } helps with returns to this country. Ask VluchtelingenWerk about it first.

country-stay-check = After a rejection, there may still be options to stay. A legal check with VluchtelingenWerk and a lawyer looks at them.
country-stay-points = For example: new facts, your health, your family here, or a country that will not let you in.

## Information about a country, from the start screen

country-info-open = Information about a country
country-info-intro = Choose a country. You do not have to answer any questions. Nothing is stored.
country-info-choose = Country
country-info-pick = Choose a country
country-info-back = Back to the start

## Thinking it through

consider-open = Thinking it through
consider-intro = A calm page to weigh your choice, at your own pace. It is not a test. There are no right or wrong answers.
consider-how = Answer only in your head or on paper. The app stores nothing.
consider-topic-safety = Would you be safe there? What worries you?
consider-topic-family-there = Who is there for you? Family, friends?
consider-topic-family-here = Who would you leave behind here?
consider-topic-housing = Where would you live?
consider-topic-income = How would you earn a living?
consider-topic-health = What about your health and medicine there?
consider-topic-documents = Do you have the documents you need?
consider-topic-support = What support could you get, here and there?
consider-topic-ask-first = What do you want to hear from VluchtelingenWerk first?
consider-told = What you told us:
consider-notes = Your notes:
consider-change-mind = You can change your mind at any time. Also after talking to IOM or VluchtelingenWerk.
consider-valid = Choosing not to return now is also an acceptable choice.
consider-print = Print as a worksheet
consider-print-lang = Second language on the worksheet
consider-print-none = Only this language
consider-back = Back to the result
