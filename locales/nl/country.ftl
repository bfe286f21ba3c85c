# Landeninformatie en "Rustig nadenken", Nederlands.
# Titels van documenten en namen van organisaties worden ingevuld zoals ze geschreven zijn.

## De landenkaart

country-card-title = Informatie over { $country }
country-card-intro = Wat bekend is over de situatie in dit land, en waar dat vandaan komt. Dit is informatie, geen juridisch advies.
country-card-checked = Bij elk feit staat wanneer we het het laatst controleerden. Dingen kunnen veranderen. VluchtelingenWerk weet het nieuwste.
country-card-vwn-explains = VluchtelingenWerk kan uitleggen wat deze documenten voor jou betekenen.
country-card-return-later = Steun bij terugkeer hangt af van je situatie. De vragen of VluchtelingenWerk vertellen je meer.
country-card-checked-on = Gecontroleerd op { $date }.
country-card-primary = Bron: de uitgever zelf.
country-card-secondary = Bron: een kopie of samenvatting.
country-summary-include = Zet deze landeninformatie in de samenvatting
country-card-source = Waar dit vandaan komt

country-sec-situation = Officiële beschrijvingen van de situatie
country-sec-procedure = Nederlandse regels voor dit land
country-sec-stay = Mogelijkheden om te blijven
country-sec-return = Steun als je kiest om terug te gaan
country-sec-practical = Praktische punten om na te vragen

country-kind-ambtsbericht = Algemeen ambtsbericht van het ministerie van Buitenlandse Zaken
country-kind-euaa-guidance = Landenrichtlijn van het Asielagentschap van de EU (EUAA)
country-kind-euaa-coi = Landenrapporten van het Asielagentschap van de EU (EUAA)
country-kind-unhcr = Standpunt van UNHCR, de vluchtelingenorganisatie van de VN
country-kind-safe-country = Nederlandse lijst van veilige landen van herkomst
country-kind-moratorium = Pauze van besluiten en gedwongen terugkeer
country-kind-erso = Partner voor herintegratie (ERSO-netwerk)
country-kind-iom = IOM
country-kind-return-org = Andere terugkeerorganisaties
country-kind-travel-documents = Reisdocumenten van de ambassade

country-pub-bz = Ministerie van Buitenlandse Zaken
country-pub-jenv = Ministerie van Justitie en Veiligheid
country-pub-euaa = Asielagentschap van de EU (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = Het nieuwste dat we vonden: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Het nieuwste dat we vonden: een rapport van { $publisher }, { $date }. De precieze titel hebben we niet gezien.
country-fact-unknown = Dat weten we niet. Vraag het aan { $ask }.
country-fact-safe-listed = Op de lijst zoals we die vonden. Mensen uit deze landen krijgen vaak een snellere procedure. De tijd om te vertrekken kan kort zijn, zelfs 0 dagen. Een beroep mag vaak niet in Nederland worden afgewacht. Je eigen redenen tellen nog steeds.
country-fact-safe-suspended = Op de lijst zoals we die vonden. Maar dit is voorlopig opgeschort. De snellere procedure wordt voor dit land niet gebruikt.
country-fact-safe-not-listed = Niet op de lijst zoals we die vonden.
country-fact-moratorium-past = Vanaf { $date } stopte Nederland tijdelijk met besluiten en gedwongen terugkeer voor dit land. We weten niet of dat nog zo is. Vraag het aan VluchtelingenWerk.
country-fact-erso-past = In eerdere projecten ({ $years }) was daar een partnerorganisatie. VluchtelingenWerk bevestigt wie nu de partner is.
country-fact-iom-limited = IOM kan misschien nu niet helpen bij terugkeer naar dit land. Vraag het aan IOM of VluchtelingenWerk.
country-fact-iom-basic = Het basisprogramma van IOM kan helpen: een ticket, hulp bij reisdocumenten en een klein bedrag. Er gelden voorwaarden. Vraag IOM of het voor dit land werkt.
country-fact-iom-visa-free = Mensen uit dit land hebben geen visum nodig voor korte reizen naar Europa. De steun van IOM geldt dan misschien niet. Vraag het aan IOM.
country-fact-return-org-general = Ook andere organisaties helpen bij terugkeer, zoals ROS en WereldWijd. Vraag VluchtelingenWerk welke met dit land werkt.
country-fact-return-org = { $name } helpt bij terugkeer naar dit land. Vraag er eerst VluchtelingenWerk naar.

country-stay-check = Ook na een afwijzing zijn er misschien mogelijkheden om te blijven. Een juridische check met VluchtelingenWerk en een advocaat kijkt daarnaar.
country-stay-points = Bijvoorbeeld: nieuwe feiten, je gezondheid, je familie hier, of een land dat je niet toelaat.

country-pub-ind = Immigratie- en Naturalisatiedienst (IND)
country-pub-dtv = Dienst Terugkeer en Vertrek (DT&V)
country-pub-erso = ERSO-netwerk
country-pub-eu = Europese Unie
country-fact-doc-undated = Het nieuwste dat we vonden: een rapport van { $publisher }. De precieze titel en datum hebben we niet gezien.
country-fact-old = Dit document is van { $date }. Er kan nieuwere informatie zijn. VluchtelingenWerk weet wat het nieuwste is.
country-fact-moratorium-ended = Nederland stopte een tijd met besluiten en gedwongen terugkeer voor dit land. Die pauze is voorbij.
country-card-links = Een link opent de website van de uitgever. Het bezoek blijft in de geschiedenis van deze browser staan; de knop ‘Pagina sluiten’ kan het niet wissen. Het adres staat er ook uitgeschreven, zodat je het op een ander apparaat kunt intypen.
country-card-undated = de pagina noemt geen datum

## Wat elk document concludeert, in 1-3 korte zinnen, naar de samenvatting
## van de uitgever (content/countries.toml `summary`). Titels blijven zoals gepubliceerd.

country-sum-ambtsbericht-sy-2026 = Een nieuw ambtsbericht beschrijft Syrië van mei tot en met december 2025. Volgens het nieuws noemt het het land instabiel. Het meldt geweld tegen minderheden zoals alawieten, druzen en Koerden. Het noemt de verwoesting van woningen een groot obstakel voor terugkeer.
country-sum-euaa-sy-2025 = Een volledige update na de val van de regering-Assad. Dienstweigeraars, deserteurs en andere tegenstanders van de vroegere regering lopen volgens de richtlijn geen risico meer. LHBTIQ-personen komen in het algemeen nog in aanmerking voor de vluchtelingenstatus. Mensen verbonden aan de vroegere regering, alawieten, christenen en druzen kunnen bescherming nodig hebben, afhankelijk van hun situatie.
country-sum-unhcr-sy-2024 = UNHCR steunt vrijwillige, goed geïnformeerde terugkeer, maar bevordert geen grootschalige terugkeer. De redenen zijn geweld in delen van het land en een ernstige humanitaire crisis. UNHCR zei in december 2024 dat asielzoekers nu niet gedwongen naar Syrië teruggestuurd moeten worden.
country-sum-moratorium-sy-2024 = De regering-Assad viel in december 2024. Daarna werden beslissingen en gedwongen terugkeer voor mensen uit Syrië zes maanden stilgezet. Die pauze is voorbij: de IND beslist weer op aanvragen.
country-sum-ambtsbericht-er-2023 = Het ministerie van Buitenlandse Zaken publiceerde op 19 december 2023 een nieuw algemeen ambtsbericht over Eritrea. De conclusies hebben wij niet gelezen.
country-sum-euaa-coi-er-2016 = Een feitelijk rapport over de nationale dienstplicht in Eritrea. Het gaat over de behandeling van dienstweigeraars en deserteurs. Ook gaat het over de behandeling bij terugkeer van mensen die het land illegaal verlieten. Het trekt geen juridische conclusies.
country-sum-ambtsbericht-tr-2019 = Het ambtsbericht beslaat de tijd van de couppoging in juli 2016 tot september 2019. Het beschrijft meer vervolging van journalisten, leraren, rechters, mensenrechtenactivisten, oppositieleden en anderen wegens kritiek op de regering.
country-sum-euaa-coi-tr-2016 = Een feitelijk rapport over de situatie tot half september 2016. Het gaat ook over de couppoging van 15 juli 2016 en de reactie van de regering. Het bevat geen beoordeling of advies.
country-sum-ambtsbericht-iq-2019 = Het ambtsbericht beschrijft de veiligheid per regio, identiteitsdocumenten, mensenrechten, de positie van bepaalde groepen, ontheemden, en terugkeer naar Irak.
country-sum-euaa-iq-2024 = Mensen die de islam verlieten en LHBTIQ-personen hebben in het algemeen een gegronde vrees voor vervolging. Bij minderheden en bij vrouwen en meisjes telt de eigen situatie. Het geweld is hoog in het district Amedi (Dohuk) en lager in Bagdad, Ninewa en Erbil. In het zuiden is het in het algemeen geen reëel risico.
country-sum-unhcr-iq-2019 = UNHCR beschrijft wie bescherming nodig kan hebben, bijvoorbeeld mensen die ten onrechte worden verdacht van steun aan IS. Ook staat erin wanneer verhuizen binnen Irak geen redelijke mogelijkheid is. Er is een onderdeel over gedwongen terugkeer.
country-sum-ambtsbericht-so-2021 = Het ambtsbericht beslaat april 2020 tot en met november 2021. Volgens het bericht was de veiligheid in Somalië in het algemeen niet veel beter of slechter geworden.
country-sum-euaa-so-2025 = De richtlijn behandelt Zuid-Centraal-Somalië, Puntland en Somaliland apart. Journalisten die kritisch berichten komen overal in Somalië waarschijnlijk in aanmerking voor de vluchtelingenstatus. De richtlijn gaat ook in op de zeer veel voorkomende vrouwelijke genitale verminking.
country-sum-unhcr-so-2022 = UNHCR beschrijft de profielen van mensen die internationale bescherming nodig kunnen hebben, vanwege aanhoudende onveiligheid en wijdverbreide mensenrechtenschendingen. Het vervangt eerdere standpunten.
country-sum-ambtsbericht-ye-2024 = Volgens het nieuws stelt het ambtsbericht dat een bestand leidde tot veel minder gevechten en burgerdoden. Maar de veiligheid blijft broos en de humanitaire situatie slecht. Het beschrijft ook meer geweld tegen vrouwen.
country-sum-unhcr-ye-2015 = UNHCR vroeg alle landen gedwongen terugkeer naar Jemen op te schorten, vanwege luchtaanvallen, burgerdoden en een acute humanitaire crisis.
country-sum-ambtsbericht-ng-2018 = Het ambtsbericht beschrijft de veiligheid per regio, documenten, mensenrechten, de positie van vrouwen, lhbt's en alleenstaande kinderen, terugkeer, en mensenhandel.
country-sum-euaa-ng-2021 = De richtlijn actualiseert de analyse van Boko Haram, conflicten tussen herders en boeren, en ontvoeringen. Ze gaat ook in op beschermingsbehoeften bij mensenhandel, vooral seksuele uitbuiting van vrouwen en meisjes.
country-sum-euaa-coi-ng-2025 = De rapporten beschrijven toenemend geweld door gewapende bendes (banditisme) in Nigeria.
country-sum-ambtsbericht-sd-2024 = Het ambtsbericht beschrijft ernstige ontwikkelingen in het gewapende conflict dat in april 2023 begon. Het Nederlandse beleid voor Sudan van juni 2024 is erop gebaseerd.
country-sum-euaa-sd-2025 = De eerste EUAA-richtlijn over Sudan noemt veel profielen die waarschijnlijk in aanmerking komen voor de vluchtelingenstatus. Daaronder zijn niet-Arabische groepen uit Darfur, Nuba, mensen die gedwongen rekrutering vrezen, activisten, journalisten en hulpverleners. Ook vrouwen en meisjes, kinderen en LHBTIQ-personen horen erbij. Ze beoordeelt het geweld in het hele land.
country-sum-unhcr-sd-2023 = UNHCR vroeg regeringen niemand naar Sudan terug te sturen en geen negatieve beslissingen te nemen op aanvragen uit Sudan. Volgens UNHCR is er binnen Sudan geen veilige plek om naartoe te gaan.
country-sum-moratorium-sd-2023 = Beslissingen en gedwongen terugkeer voor mensen uit Sudan werden stilgezet vanaf 8 juli 2023. De pauze eindigde op 27 juni 2024: de IND beslist weer op aanvragen.
country-sum-ambtsbericht-af-2023 = Het ambtsbericht beschrijft een situatie die sterk veranderde nadat de Taliban de macht namen, met een groeiende humanitaire crisis. Het geweld is sterk afgenomen. Het gaat ook in op de risico's voor bepaalde groepen.
country-sum-euaa-af-2024 = Afghaanse vrouwen en meisjes lopen risico op vervolging. Ook onder meer voormalig overheidspersoneel, mensen die voor buitenlandse troepen werkten, mensenrechtenverdedigers en sommige minderheden lopen risico. In het algemeen is er binnen Afghanistan geen veilige plek om naartoe te gaan.
country-sum-unhcr-af-2025 = UNHCR beschrijft wie bescherming nodig kan hebben, te beginnen met vrouwen en meisjes. Sinds augustus 2021 vraagt UNHCR staten niemand gedwongen naar Afghanistan terug te sturen, ook niet wie is afgewezen.
country-sum-moratorium-af-2021 = Beslissingen en gedwongen terugkeer voor mensen uit Afghanistan werden stilgezet vanaf 11 augustus 2021. De pauze werd verlengd tot 25 augustus 2022.
country-sum-euaa-coi-pk-2024 = Een feitelijk rapport: het geweld is sinds oktober 2023 toegenomen, vooral in Khyber Pakhtunkhwa en Balochistan. Het beschrijft repressie van de oppositiepartij PTI en de media, en geweld tegen sjiieten, ahmadi's, christenen, hindoes en anderen.
country-sum-ambtsbericht-ir-2019 = Het ministerie van Buitenlandse Zaken bracht op 21 maart 2019 een algemeen ambtsbericht over Iran uit. Het Nederlandse beleid voor Iran is in juli 2019 op basis daarvan aangepast.
country-sum-euaa-ir-2025 = Sommige profielen komen zeer waarschijnlijk in aanmerking voor de vluchtelingenstatus. Daaronder zijn oppositieleden, mensenrechtenverdedigers, kritische journalisten, bekeerlingen, christenen in huiskerken en LHBTIQ-personen. Ook activiteiten in het buitenland kunnen tellen.
country-sum-euaa-coi-co-2022 = Een feitelijk rapport: na het vredesakkoord van 2016 zijn gewapende groepen uiteengevallen. Geweld, ontheemding, afpersing en moorden op maatschappelijk leiders treffen nog steeds burgers.
country-sum-euaa-coi-ru-2025 = Een feitelijk rapport over november 2024 tot november 2025. Het beschrijft vervolging van activisten, journalisten, advocaten en critici, ook van mensen tegen de oorlog. Ook Jehova's getuigen worden vervolgd. De situatie voor LHBTIQ-personen en vrouwen is slechter geworden.
country-sum-unhcr-ua-2023 = UNHCR bevordert geen terugkeer naar Oekraïne zolang de oorlog duurt. Het advies van maart 2022 om niemand gedwongen naar Oekraïne terug te sturen, ook niet wie is afgewezen, blijft geldig.


## Informatie over een land, vanaf het startscherm

country-info-open = Informatie over een land
country-info-intro = Kies een land. Je hoeft geen vragen te beantwoorden. Er wordt niets bewaard.
country-info-choose = Land
country-info-pick = Kies een land
country-info-back = Terug naar het begin

## Rustig nadenken

consider-open = Rustig nadenken
consider-intro = Een rustige pagina om je keuze af te wegen, in je eigen tempo. Het is geen test. Er zijn geen goede of foute antwoorden.
consider-how = Antwoord alleen in je hoofd of op papier. De app bewaart niets.
consider-topic-safety = Zou je daar veilig zijn? Waar maak je je zorgen over?
consider-topic-family-there = Wie is er daar voor je? Familie, vrienden?
consider-topic-family-here = Wie laat je hier achter?
consider-topic-housing = Waar zou je wonen?
consider-topic-income = Hoe zou je geld verdienen?
consider-topic-health = Hoe gaat het daar met je gezondheid en medicijnen?
consider-topic-documents = Heb je de documenten die je nodig hebt?
consider-topic-support = Welke steun kun je krijgen, hier en daar?
consider-topic-ask-first = Wat wil je eerst van VluchtelingenWerk horen?
consider-told = Wat je ons vertelde:
consider-notes = Je aantekeningen:
consider-change-mind = Je kunt op elk moment van gedachten veranderen. Ook na een gesprek met IOM of VluchtelingenWerk.
consider-valid = Nu niet terugkeren is ook een keuze die mag.
consider-print = Afdrukken als werkblad
consider-print-lang = Tweede taal op het werkblad
consider-print-none = Alleen deze taal
consider-back = Terug naar de uitkomst
