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
country-card-secondary = Source: a copy or a summary.
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

country-fact-doc = The most recent we found: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = The most recent we found: a report by { $publisher }, { $date }. We did not see its exact title.
country-fact-unknown = We do not know. Ask { $ask }.
country-fact-safe-listed = On the list as we found it. People from these countries often get a faster procedure. The time to leave can be short, even 0 days. An appeal often cannot be awaited in the Netherlands. Your own reasons still count.
country-fact-safe-suspended = On the list as we found it. But this is suspended for now. The faster procedure is not used for this country.
country-fact-safe-not-listed = Not on the list as we found it.
country-fact-moratorium-past = From { $date }, the Netherlands paused decisions and forced return for this country. We do not know if this still applies. Ask VluchtelingenWerk.
country-fact-erso-past = A partner organisation was documented there in past projects ({ $years }). VluchtelingenWerk confirms the current partner.
country-fact-iom-limited = IOM may not be able to help with a return to this country now. Ask IOM or VluchtelingenWerk.
country-fact-iom-basic = IOM's basic return programme may help: a ticket, help with travel documents and a small allowance. Conditions apply. Ask IOM whether it works for this country.
country-fact-iom-visa-free = People from this country need no visa for short visits to Europe. IOM's support may then not apply. Ask IOM.
country-fact-return-org-general = Other organisations also help with return, such as ROS and WereldWijd. Ask VluchtelingenWerk which one works with this country.
country-fact-return-org = { $name } helps with returns to this country. Ask VluchtelingenWerk about it first.

country-stay-check = After a rejection, there may still be options to stay. A legal check with VluchtelingenWerk and a lawyer looks at them.
country-stay-points = For example: new facts, your health, your family here, or a country that will not let you in.

country-pub-ind = Immigration and Naturalisation Service (IND)
country-pub-dtv = Repatriation and Departure Service (DT&V)
country-pub-erso = ERSO network
country-pub-eu = European Union
country-fact-doc-undated = The most recent we found: a report by { $publisher }. We did not see its exact title or date.
country-fact-old = This document is from { $date }. Newer information may exist. VluchtelingenWerk knows the latest.
country-fact-moratorium-ended = For a time, the Netherlands paused decisions and forced return for this country. This pause has ended.
country-card-links = A link opens the publisher's website. The visit stays in this browser's history; quick exit cannot remove it. The address is written out too, so you can type it on another device.
country-card-undated = the page shows no date

## What each document concludes, in 1-3 short sentences, paraphrasing the
## publisher (content/countries.toml `summary`). Titles stay as published.

country-sum-ambtsbericht-sy-2026 = A new report describes Syria from May to December 2025. As reported in the news, it calls the country unstable. It reports violence against minorities such as Alawites, Druze and Kurds. It names the destruction of housing as a major obstacle to return.
country-sum-euaa-sy-2025 = A full update after the fall of the Assad government. Draft evaders, deserters and other opponents of the former government are no longer found at risk. LGBTIQ people remain in general eligible for refugee status. People linked to the former government, Alawites, Christians and Druze may need protection, depending on their situation.
country-sum-unhcr-sy-2024 = UNHCR supports voluntary, informed return but does not promote large-scale return. The reasons are violence in parts of the country and a severe humanitarian crisis. UNHCR said in December 2024 that no asylum seeker should be forcibly returned to Syria at this stage.
country-sum-moratorium-sy-2024 = The Assad government fell in December 2024. After that, decisions and forced return for people from Syria were paused for six months. This pause has ended: the IND decides on applications again.
country-sum-ambtsbericht-er-2023 = The Ministry of Foreign Affairs published a new general country report on Eritrea on 19 December 2023. We did not read its conclusions.
country-sum-euaa-coi-er-2016 = A factual report on national service in Eritrea. It covers how draft evaders and deserters are treated. It also covers how people who left the country illegally are treated on return. It draws no legal conclusions.
country-sum-ambtsbericht-tr-2019 = The report covers the time from the coup attempt of July 2016 to September 2019. It describes more prosecutions of journalists, teachers, judges, human rights activists, opposition members and others for criticising the government.
country-sum-euaa-coi-tr-2016 = A factual report on the situation up to mid-September 2016. It includes the coup attempt of 15 July 2016 and the government's response. It contains no assessment or advice.
country-sum-ambtsbericht-iq-2019 = The report describes the security situation per region, identity documents and human rights. It also covers the position of specific groups, displaced people, and return to Iraq.
country-sum-euaa-iq-2024 = People who left Islam and LGBTIQ people in general have a well-founded fear of persecution. For minorities, and for women and girls, their own situation is assessed. Violence is high in the Amedi district (Dohuk) and lower in Baghdad, Ninewa and Erbil. In the south it is in general not a real risk.
country-sum-unhcr-iq-2019 = UNHCR describes who may need protection, for example people wrongly suspected of supporting ISIS. It also says when moving elsewhere in Iraq is not a reasonable option. It has a section on forced return.
country-sum-ambtsbericht-so-2021 = The report covers April 2020 to November 2021. It finds that the security situation in Somalia had, in general, not become much better or worse.
country-sum-euaa-so-2025 = The guidance treats South-Central Somalia, Puntland and Somaliland differently. Journalists who report critically are likely to qualify as refugees everywhere in Somalia. It also addresses the very high rate of female genital mutilation.
country-sum-unhcr-so-2022 = UNHCR describes the profiles of people who may need international protection, because of continuing insecurity and widespread human rights abuses. It replaces earlier positions.
country-sum-ambtsbericht-ye-2024 = As reported in the news, the report found that a truce led to much less fighting and fewer civilian deaths. But the security situation remains fragile and the humanitarian situation poor. It also describes more violence against women.
country-sum-unhcr-ye-2015 = UNHCR asked all countries to suspend forced returns to Yemen. The reasons were air strikes, civilian deaths and an acute humanitarian crisis.
country-sum-ambtsbericht-ng-2018 = The report describes security per region, documents and human rights. It covers the position of women, LGBT people and children alone, return, and human trafficking.
country-sum-euaa-ng-2021 = The guidance updates the analysis of Boko Haram, conflicts between herders and farmers, and kidnappings. It also covers protection needs linked to human trafficking, especially sexual exploitation of women and girls.
country-sum-euaa-coi-ng-2025 = The reports describe rising violence by armed gangs (banditry) in Nigeria.
country-sum-ambtsbericht-sd-2024 = The report describes serious developments in the armed conflict that began in April 2023. The Dutch policy for Sudan of June 2024 is based on it.
country-sum-euaa-sd-2025 = The first EUAA guidance on Sudan names many profiles likely to qualify as refugees. Among them are non-Arab groups from Darfur, Nuba, people fearing forced recruitment, activists, journalists and aid workers. Women and girls, children and LGBTIQ people are among them too. It assesses violence across the country.
country-sum-unhcr-sd-2023 = UNHCR asked governments not to return anyone to Sudan, and to suspend negative decisions on applications from Sudan. UNHCR sees no safe place to move to within Sudan.
country-sum-moratorium-sd-2023 = Decisions and forced return for people from Sudan were paused from 8 July 2023. The pause ended on 27 June 2024: the IND decides on applications again.
country-sum-ambtsbericht-af-2023 = The report describes a situation that changed strongly after the Taliban took power, with a growing humanitarian crisis. Violence has fallen sharply. It also covers the risks for specific groups.
country-sum-euaa-af-2024 = Afghan women and girls are at risk of persecution. Others at risk include former government staff, people who worked with foreign forces, human rights defenders and some minorities. In general, there is no safe place to move to within Afghanistan.
country-sum-unhcr-af-2025 = UNHCR describes who may need protection, starting with women and girls. Since August 2021, UNHCR has asked states not to return people to Afghanistan by force. This includes people whose application was rejected.
country-sum-moratorium-af-2021 = Decisions and forced return for people from Afghanistan were paused from 11 August 2021. The pause was extended until 25 August 2022.
country-sum-euaa-coi-pk-2024 = A factual report: violence has grown since October 2023, especially in Khyber Pakhtunkhwa and Balochistan. It describes repression of the PTI opposition and the media, and violence against Shia, Ahmadis, Christians, Hindus and others.
country-sum-ambtsbericht-ir-2019 = The Ministry of Foreign Affairs issued a general country report on Iran on 21 March 2019. The Dutch policy for Iran was changed on its basis in July 2019.
country-sum-euaa-ir-2025 = Some profiles are highly likely to qualify as refugees. They include opposition members, human rights defenders, critical journalists, converts, Christians in house churches and LGBTIQ people. Activities abroad can count too.
country-sum-euaa-coi-co-2022 = A factual report: after the 2016 peace agreement, armed groups split up. Violence, displacement, extortion and killings of community leaders still affect civilians.
country-sum-euaa-coi-ru-2025 = A factual report on November 2024 to November 2025. It describes prosecution of activists, journalists, lawyers and critics, including people against the war. Jehovah's Witnesses are prosecuted too. The situation for LGBTIQ people and women has become worse.
country-sum-unhcr-ua-2023 = UNHCR does not promote return to Ukraine while the war goes on. In March 2022 it advised not to return anyone from Ukraine by force, including people whose application was rejected. This advice remains valid.


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
