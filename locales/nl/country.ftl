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
country-card-secondary = Bron: een kopie of samenvatting. Vraag VluchtelingenWerk om het te bevestigen.
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
country-pub-brief = de samenvatting van bronnen van dit project

country-fact-doc = Het nieuwste dat we vonden: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Het nieuwste dat we vonden: een rapport van { $publisher }, { $date }. De precieze titel hebben we niet gezien.
country-fact-unknown = Dat weten we niet. Vraag het aan { $ask }.
country-fact-safe-listed = Op de lijst die we vonden, van { $date }. Mensen uit deze landen krijgen vaak een snellere procedure. De tijd om te vertrekken kan kort zijn, zelfs 0 dagen. Een beroep mag vaak niet in Nederland worden afgewacht. Je eigen redenen tellen nog steeds.
country-fact-safe-suspended = Op de lijst die we vonden, van { $date }. Maar dit is voorlopig opgeschort. De snellere procedure wordt voor dit land niet gebruikt.
country-fact-safe-not-listed = Niet op de lijst die we vonden, van { $date }.
country-fact-moratorium-past = Vanaf { $date } stopte Nederland tijdelijk met besluiten en gedwongen terugkeer voor dit land. We weten niet of dat nog zo is. Vraag het aan VluchtelingenWerk.
country-fact-erso-past = In eerdere projecten ({ $years }) was daar een partnerorganisatie. VluchtelingenWerk bevestigt wie nu de partner is.
country-fact-iom-limited = IOM kan misschien nu niet helpen bij terugkeer naar dit land. Vraag het aan IOM of VluchtelingenWerk.
country-fact-iom-basic = Het basisprogramma van IOM kan helpen: een ticket, hulp bij reisdocumenten en een klein bedrag. Er gelden voorwaarden. Vraag IOM of het voor dit land werkt.
country-fact-iom-visa-free = Mensen uit dit land hebben geen visum nodig voor korte reizen naar Europa. De steun van IOM geldt dan misschien niet. Vraag het aan IOM.
country-fact-return-org-general = Ook andere organisaties helpen bij terugkeer, zoals ROS en WereldWijd. Vraag VluchtelingenWerk welke met dit land werkt.
country-fact-return-org = { $name } helpt bij terugkeer naar dit land. Vraag er eerst VluchtelingenWerk naar.

country-stay-check = Ook na een afwijzing zijn er misschien mogelijkheden om te blijven. Een juridische check met VluchtelingenWerk en een advocaat kijkt daarnaar.
country-stay-points = Bijvoorbeeld: nieuwe feiten, je gezondheid, je familie hier, of een land dat je niet toelaat.

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
