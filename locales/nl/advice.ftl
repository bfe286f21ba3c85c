# Adviesteksten voor issue 13, Nederlands: nieuwe vragen, meldingen, punten,
# termijnen, beschermingssignalen en regels in de uitkomst.

## Nieuwe vragen

q-lawyer = Heb je een advocaat voor je asielzaak?
    .short = Advocaat
    .why = Een advocaat kan je mogelijkheden nagaan en je helpen bij de rechter.
q-detention = Zit je nu vast in detentie?
    .short = Detentie
    .why = In detentie heb je recht op een advocaat. Snelle hulp is dan belangrijk.
q-minor-alone = Ben je jonger dan 18 en ben je in Nederland zonder je ouders?
    .short = Jonger dan 18 zonder ouders
    .why = Kinderen zonder ouders krijgen een voogd en hebben eigen rechten.
q-child-stateless = Is een van je kinderen in Nederland geboren, zonder nationaliteit?
    .short = Kind hier geboren zonder nationaliteit
    .why = Zo'n kind kan misschien Nederlander worden.
q-new-start-opt-travel-only = Alleen hulp bij de reis en bij reisdocumenten

## Nieuwe dringende meldingen

urgent-detention = Detentie: zoek nu juridische hulp
    .what = Je krijgt een advocaat en een tolk. Je advocaat kan in beroep gaan bij de rechter. De rechter kijkt of je bewaring rechtmatig is.
    .next = Vraag vandaag naar je advocaat. VluchtelingenWerk kan je helpen om die te bereiken.
urgent-appeal-unknown = Kijk vandaag hoeveel tijd je hebt voor beroep
    .what = In je brief staat hoeveel tijd je hebt. Sinds 12 juni 2026 kan die tijd korter zijn dan vroeger: soms maar een paar dagen. Beroep kost je niets.
    .next = Lees de brief, of vraag het vandaag aan een advocaat of VluchtelingenWerk. Houd tot dan de kortste tijd aan.
urgent-appeal-late = De tijd voor beroep is waarschijnlijk voorbij
    .what = De tijd voor beroep telt vanaf het besluit en is hoogstens 1 maand. Soms wordt een beroep na die tijd nog geaccepteerd.
    .next = Neem vandaag contact op met een advocaat. Die kan kijken wat nog mogelijk is.
urgent-interim-measure = Je moest meteen weg, en er loopt misschien een beroep
    .what = Met 0 dagen om te vertrekken houdt een beroep je uitzetting misschien niet tegen. Je kunt de rechter vragen of je de uitspraak hier mag afwachten.
    .next = Vraag je advocaat vandaag om een voorlopige voorziening aan te vragen.
urgent-no-lawyer = Je kunt een advocaat krijgen
    .what = In asielzaken regelt de Raad voor Rechtsbijstand advocaten. Vraag of je iets moet betalen.
    .next = Vraag VluchtelingenWerk om je te helpen een advocaat te vinden. Doe dit snel.
urgent-minor-alone = Kinderen zonder ouders hebben een voogd: Nidos
    .what = Ben je jonger dan 18 en ben je hier zonder je ouders? Dan is Nidos je voogd. Je voogd helpt je bij elke beslissing.
    .next = Neem contact op met je voogd bij Nidos. VluchtelingenWerk kan je daarbij helpen.
urgent-departure-unknown = Zoek uit of je vertrektermijn nog loopt
    .what = In je brief staat hoeveel tijd je hebt om te vertrekken: vaak 28 dagen, soms 0 dagen. De tijd telt vanaf het besluit als je geen beroep hebt ingesteld, of als je beroep uitzetting niet tegenhoudt. Anders telt hij vanaf de uitspraak van de rechter.
    .next = Vraag VluchtelingenWerk of je advocaat om de brief samen met je te lezen.

## Nieuwe punten binnen een melding of route

point-stress-support = Stress, angst of verdriet komen veel voor na een afwijzing. Een huisarts kan je doorverwijzen naar psychologische hulp.
point-before-you-decide = Praat er met een medewerker over voordat je beslist. Die luistert, en je mag altijd van gedachten veranderen.
point-options-to-stay = Ook als je terug wilt, is het goed om je mogelijkheden om te blijven te kennen. Een check is gratis.
point-no-fault-dtv = Je hebt nog niet met de DT&V gesproken. Voor deze vergunning moet je eerst de DT&V om hulp bij vertrek vragen.
point-child-stateless = Een staatloos kind dat in Nederland is geboren, kan soms Nederlander worden. De voorwaarden zijn streng: een advocaat moet ze nagaan.
point-erso-refer = In dit land is geen partner bekend. VluchtelingenWerk verwijst je dan door naar IOM of een andere terugkeerorganisatie.
point-iom-withdraw = Vertrek je met IOM, dan teken je een verklaring. Daarmee stoppen procedures die je nog in Nederland hebt. Tot dan kun je van gedachten veranderen.
point-iom-excluded = IOM helpt mensen met sommige nationaliteiten niet, bijvoorbeeld uit EU-landen en sommige zeer rijke landen. Vraag het aan IOM of VluchtelingenWerk.
point-iom-documents = IOM kan je helpen om een reisdocument te krijgen.
point-iom-visa-free = Mensen uit jouw land hebben geen visum nodig om Nederland te bezoeken. IOM kan misschien wel helpen met de reis, maar de extra steun om opnieuw te beginnen is niet voor jou. Vraag het aan IOM of VluchtelingenWerk.
point-iom-own-ticket = Je kunt de reis zelf betalen. Dan betaalt IOM het ticket niet, maar helpt misschien op een andere manier. Vraag het aan IOM of VluchtelingenWerk.
point-iom-ukraine = In 2017 is IOM gestopt met steun bij terugkeer voor mensen uit Oekraïne. Of dat nog zo is, is niet bekend. Vraag het aan IOM of VluchtelingenWerk.
point-trafficking-if-ever = Dwingt iemand je ooit om te werken, neemt iemand je papieren af of zegt iemand dat je geld schuldig bent? Dan kun je hulp krijgen. Neem contact op met CoMensha (comensha.nl) of VluchtelingenWerk.
point-minor-alone-if-ever = Kinderen jonger dan 18 die zonder hun ouders in Nederland zijn, hebben een voogd bij Nidos. Geldt dat voor jou? Dan kan VluchtelingenWerk je helpen om Nidos te bereiken.
point-reintegration-visa-free = Mensen uit jouw land hebben geen visum nodig om Nederland te bezoeken. Dan is de steun bij herintegratie die de Nederlandse overheid betaalt niet voor jou. Dat geldt bij VluchtelingenWerk, andere organisaties en IOM. VluchtelingenWerk kan wel met je praten over je terugkeer.
point-reintegration-past-return = Heb je in de afgelopen 5 jaar hulp gekregen bij terugkeer? Dan is deze steun meestal niet opnieuw voor jou. VluchtelingenWerk kan je vertellen wat nog wel kan.
point-return-orgs-not-open = Deze organisaties volgen de regels van de Nederlandse overheid voor steun bij herintegratie. Na jouw antwoorden is hun steun misschien niet voor jou. Vraag het aan VluchtelingenWerk.
point-iom-dublin = Misschien is een ander Europees land verantwoordelijk voor je asielaanvraag (Dublin). Dan is het niet duidelijk of IOM je kan helpen bij terugkeer. Vraag het aan IOM of je advocaat.

## Termijnen: de datum, en wat je doet als die voorbij is

deadline-appeal-1w = Heb je 1 week voor beroep? Dan is de laatste dag { $date }.
    .passed = Deze datum is voorbij. Neem vandaag contact op met een advocaat: soms kan een beroep na die tijd nog.
    .between = Heb je 1 week voor beroep? Dan is de laatste dag tussen { $from } en { $to }.
    .unsure = De laatste dag kan al voorbij zijn. Neem vandaag contact op met een advocaat.
    .gone = Had je 1 week voor beroep? Dan is die tijd waarschijnlijk voorbij. Neem vandaag contact op met een advocaat: soms kan een beroep na die tijd nog.
    .unknown = Heb je 1 week voor beroep? Dan is de laatste dag 1 week na de datum van het besluit. Die datum staat in je brief.
deadline-appeal-4w = Heb je 4 weken voor beroep? Dan is de laatste dag { $date }.
    .passed = Deze datum is voorbij. Neem vandaag contact op met een advocaat: soms kan een beroep na die tijd nog.
    .between = Heb je 4 weken voor beroep? Dan is de laatste dag tussen { $from } en { $to }.
    .unsure = De laatste dag kan al voorbij zijn. Neem vandaag contact op met een advocaat.
    .gone = Had je 4 weken voor beroep? Dan is die tijd waarschijnlijk voorbij. Neem vandaag contact op met een advocaat: soms kan een beroep na die tijd nog.
    .unknown = Heb je 4 weken voor beroep? Dan is de laatste dag 4 weken na de datum van het besluit. Die datum staat in je brief.
deadline-appeal-pact-5d = Korte procedure: de laatste dag voor beroep kan al { $date } zijn. De precieze dag staat in je brief.
    .passed = Deze vroegst mogelijke dag is voorbij. Kijk nu in je brief en neem vandaag contact op met een advocaat.
    .between = Korte procedure: de laatste dag voor beroep kan al een dag tussen { $from } en { $to } zijn. De precieze dag staat in je brief.
    .unsure = De laatste dag kan al voorbij zijn. Neem vandaag contact op met een advocaat.
    .gone = Korte procedure: de tijd voor beroep is waarschijnlijk voorbij. Neem vandaag contact op met een advocaat: soms kan een beroep na die tijd nog.
    .unknown = Korte procedure: de laatste dag voor beroep kan al 5 dagen na de datum van het besluit zijn. De precieze dag staat in je brief.
deadline-appeal-pact-2w = Andere zaken: de laatste dag voor beroep kan al { $date } zijn. De precieze dag staat in je brief.
    .passed = Deze vroegst mogelijke dag is voorbij. Kijk nu in je brief en neem vandaag contact op met een advocaat.
    .between = Andere zaken: de laatste dag voor beroep kan al een dag tussen { $from } en { $to } zijn. De precieze dag staat in je brief.
    .unsure = De laatste dag kan al voorbij zijn. Neem vandaag contact op met een advocaat.
    .gone = Andere zaken: de tijd voor beroep is waarschijnlijk voorbij. Neem vandaag contact op met een advocaat: soms kan een beroep na die tijd nog.
    .unknown = Andere zaken: de laatste dag voor beroep kan al 2 weken na de datum van het besluit zijn. De precieze dag staat in je brief.
deadline-departure = Je vertrektermijn eindigt waarschijnlijk op { $date }. Kijk in je brief welke datum geldt.
    .passed = Deze datum is voorbij. Je vertrektermijn is dan waarschijnlijk afgelopen. Vraag VluchtelingenWerk nu naar je rechten.
    .between = Je vertrektermijn eindigt waarschijnlijk op een dag tussen { $from } en { $to }. Kijk in je brief welke datum geldt.
    .unsure = Je vertrektermijn kan al afgelopen zijn. Vraag VluchtelingenWerk nu naar je rechten.
    .gone = Je vertrektermijn is waarschijnlijk afgelopen. Vraag VluchtelingenWerk nu naar je rechten.
    .unknown = Je vertrektermijn eindigt 28 dagen na de datum van het besluit. Die datum staat in je brief.
deadline-departure-no-suspend = Heb je geen beroep ingesteld, of houdt je beroep uitzetting niet tegen? Dan eindigt je vertrektermijn waarschijnlijk op { $date }. Houdt je beroep uitzetting wel tegen, dan eindigt hij 28 dagen na de uitspraak van de rechter.
    .passed = Deze datum is voorbij. Je vertrektermijn kan dan afgelopen zijn. Vraag VluchtelingenWerk of je advocaat nu naar je rechten.
    .between = Heb je geen beroep ingesteld, of houdt je beroep uitzetting niet tegen? Dan eindigt je vertrektermijn waarschijnlijk op een dag tussen { $from } en { $to }. Houdt je beroep uitzetting wel tegen, dan eindigt hij 28 dagen na de uitspraak van de rechter.
    .unsure = Je vertrektermijn kan dan al afgelopen zijn. Vraag VluchtelingenWerk of je advocaat nu naar je rechten.
    .gone = Heb je geen beroep ingesteld, of houdt je beroep uitzetting niet tegen? Dan is je vertrektermijn waarschijnlijk afgelopen. Houdt je beroep uitzetting wel tegen, dan eindigt hij 28 dagen na de uitspraak van de rechter. Vraag VluchtelingenWerk of je advocaat nu om hulp.
    .unknown = Heb je geen beroep ingesteld, of houdt je beroep uitzetting niet tegen? Dan eindigt je vertrektermijn 28 dagen na de datum van het besluit. Anders eindigt hij 28 dagen na de uitspraak van de rechter. De datums staan in de brieven.

## Waarom hulp bij terugkeer niet wordt voorgesteld (beschermingssignalen)

signal-fear = Je hebt niet gezegd dat je niet bang bent om terug te gaan.
signal-trafficking = Je hebt niet gezegd dat geen van de tekenen van uitbuiting voor jou geldt.
signal-minor-alone = Je bent misschien jonger dan 18 en hier zonder je ouders.

## Geruststelling boven een vraag

notice-embassy-fear = Je hoeft geen contact op te nemen met je ambassade. Ben je bang voor de autoriteiten van je land? Vertel het aan VluchtelingenWerk.

## Uitkomst

advice-danger = Nu in gevaar? Bel 112. Denk je aan zelfdoding? Bel 113, dag en nacht.
advice-confirm = Sommige feiten hier konden we niet op de eigen pagina van de uitgever controleren. Vraag VluchtelingenWerk ze te bevestigen.
advice-confirm-card = Vraag VluchtelingenWerk om dit te bevestigen. Regels en datums kunnen veranderen.
advice-held-back = Nu niet voorgesteld, omdat:
advice-fact-source = Bron: { $publisher }, "{ $title }". Gecontroleerd op { $checked }: { $url }

## Datumveld

date-readback = Je vulde in: { $date }, { $ago }.
date-ago = { $days ->
    [0] vandaag
    [1] gisteren
   *[other] { $days } dagen geleden
}
error-date-too-early = Deze datum is heel lang geleden. Kijk of het jaar klopt, en de volgorde van dag en maand.

## Verwijzing

ref-nidos = Nidos
    .offer = De voogd voor kinderen onder de 18 die zonder hun ouders in Nederland zijn.
    .how = Vraag het aan je voogd, of ga naar de website.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Bron: { $publisher }, "{ $title }", { $published }. Gecontroleerd op { $checked }: { $url }
referral-through-vwn = Via VluchtelingenWerk
result-links-note = Een link opent een andere website. Dat bezoek blijft in de browsergeschiedenis staan; de knop ‘Pagina sluiten’ wist het niet. Elk adres staat er ook uitgeschreven.
info-checked-until = De informatie is gecontroleerd tot { $date }.
referral-vwn-shares = VluchtelingenWerk is onafhankelijk en werkt niet mee aan gedwongen terugkeer. Vraag wat zij opschrijven en doorgeven.
referral-lawyer-shares = De Raad voor Rechtsbijstand betaalt je advocaat en krijgt de stukken van je zaak. Vraag je advocaat wat hij of zij verder deelt.
referral-erso-shares = Een partnerorganisatie in je land hoort je plannen en houdt tot een jaar contact. De DT&V (de terugkeerdienst van de overheid) betaalt het project. Vraag wat er wordt doorgegeven.
referral-iom-shares = IOM zegt dat je gesprekken vertrouwelijk zijn. IOM voert het terugkeerprogramma uit voor de DT&V (de terugkeerdienst van de overheid). Bij vertrek teken je een verklaring waarmee je procedures in Nederland stoppen.
referral-ros-shares = De DT&V (de terugkeerdienst van de overheid) betaalt de terugkeerhulp van ROS. Vraag wat zij over jou aan de DT&V doorgeven.
referral-wereldwijd-shares = De DT&V (de terugkeerdienst van de overheid) betaalt de terugkeerhulp van WereldWijd. Vraag wat zij over jou aan de DT&V doorgeven.
referral-comensha-shares = CoMensha registreert ieder gemeld slachtoffer van mensenhandel. Cijfers geeft CoMensha alleen zonder namen door.
referral-nidos-shares = Als voogd werkt Nidos nauw samen met de DT&V en het COA bij de terugkeer van een kind alleen.
referral-line113-shares = Je kunt 113 anoniem bellen of chatten.
referral-emergency112-shares = Gesprekken met 112 worden opgenomen. De centralist stuurt politie, brandweer of ambulance.
referral-dvdw-shares = Vraag wat zij met anderen delen.
referral-cak-shares = Je arts of ziekenhuis stuurt de rekening naar het CAK, een bureau van de overheid; jij doet dat niet.
