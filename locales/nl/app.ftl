# Teksten van de interface, Nederlands. Houd zinnen kort en eenvoudig.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: vertrek, vertrekken, verlaten, terugkeer, terugkeren, teruggaan, terug te gaan, terug wilt

app-name = Wegwijzer
skip-to-content = Ga naar de vraag

## Startscherm

start-title = Vind de steun die bij jou past
start-intro = Je asielaanvraag is afgewezen. Misschien heb je vragen, twijfels of zorgen. Beantwoord een paar korte vragen. Daarna zie je welke steun misschien bij je past, en waarom.
start-privacy-title = Je privacy
start-privacy-1 = Wat je antwoordt, blijft op dit apparaat.
start-privacy-2 = Er wordt niets bewaard, tenzij je zelf kiest om het op te slaan.
start-privacy-3 = Je kunt op elk moment alles wissen of deze pagina snel sluiten.
start-limits = Deze tool kan niet verbergen dat je deze website hebt bezocht. Dat staat in de geschiedenis van de browser. Deel je een telefoon met anderen? Gebruik dan een privévenster.
start-not-advice = Deze tool geeft informatie. Het is geen juridisch advies. Praat altijd met VluchtelingenWerk of een advocaat voordat je iets beslist.
start-time = Ongeveer 5 tot 10 minuten. Je kunt elke gevoelige vraag overslaan.
start-begin = Beginnen
start-resume = Verder waar ik heb opgeslagen
start-mode-counsellor = Ik ben begeleider en zit samen met een cliënt
start-counsellor-lang = Taal voor de begeleider
start-unreviewed = Deze vertaling is nog niet gecontroleerd door een moedertaalspreker.
start-partly-reviewed = Een deel van deze vertaling is gecontroleerd door een moedertaalspreker ({ $percent } procent). De rest nog niet.
start-reviewed = Deze vertaling is gecontroleerd door een moedertaalspreker.

## Taal

language-label = Taal

## Vraagscherm

progress = Vraag { $current } van ongeveer { $total }
why-we-ask = Waarom we dit vragen: { $why }
nav-back = Terug
nav-continue = Verder
nav-to-result = Bekijk de uitkomst
date-enter = Datum op de brief
date-or = Of kies hoe lang geleden:
country-search = Typ om je land te zoeken
country-none = Geen land gevonden. Je kunt "Anders" kiezen.

error-title = Er is een probleem
error-empty = Kies een antwoord om verder te gaan. Je kunt ook kiezen voor "Dat zeg ik liever niet".
error-exclusive = "{ $option }" kan niet samen met andere antwoorden. Kies alleen dit antwoord, of alleen de andere.
error-future-date = Deze datum ligt in de toekomst. Vul de datum op je brief in, of kies hoe lang geleden.
error-unknown-option = Dit antwoord kan niet. Kies een van de antwoorden die je ziet.

## Uitkomstscherm

result-title = Steun die misschien bij je past
result-intro = Op basis van je antwoorden. Jij beslist wat je doet. Hieronder lees je uitleg over elke mogelijkheid.
result-not-advice = Dit is informatie, geen juridisch advies. Check alles bij VluchtelingenWerk of een advocaat.
result-urgent-title = Eerst: dringend
result-routes-title = Steun die past bij je antwoorden
result-other-title = Andere mogelijkheden waar je naar kunt vragen
result-other-why = Je antwoorden laten zien dat terugkeer nu niet de weg is die we voorstellen. Bij elke mogelijkheid staat waarom. Eerst komen een gesprek en een check van je mogelijkheden. Je kunt altijd naar terugkeer vragen als je dat wilt.
because = Omdat je zei:
reason-general = Dit is er voor iedereen van wie de aanvraag is afgewezen.
what-next = Wat je kunt doen
whom-to-contact = Met wie je contact kunt opnemen
points-title = Waar je naar kunt kijken:
referral-phone = Telefoon: { $phone }
referral-web = Website: { $web }
referral-checked = Gecontroleerd op { $date }. Gegevens kunnen veranderen: VluchtelingenWerk kan ze voor je bevestigen.
result-restart = Mijn antwoorden veranderen
result-summary = Maak een samenvatting om te bewaren

## Weergave voor begeleiders

counsellor-rule = Regel: { $rule }
counsellor-answers = Antwoorden waarop dit is gebaseerd:
counsellor-check-title = Wat je nu kunt checken
counsellor-check-letter = Lees de beschikking: datum, procedure en beroepstermijn.
counsellor-check-lawyer = Vraag of er een advocaat betrokken is en wanneer je die kunt bereiken.
counsellor-check-fear = Neem de tijd voor de angst om terug te gaan. Denk aan een vluchtverhaalanalyse.
counsellor-check-urgent = Pak eerst de dringende punten hierboven op.

## Samenvatting

summary-title = Je samenvatting
summary-date = Gemaakt op { $date }
summary-include-answers = Laat ook mijn antwoorden zien in de samenvatting
summary-include-cards = Voeg ook de volledige uitleg en de bronnen toe (bijlage)
summary-dates-title = Data om op te letten
summary-appendix-title = Bijlage
summary-answers-title = Je antwoorden
summary-print = Afdrukken
summary-download = Opslaan als bestand
summary-back = Terug naar de uitkomst

## Opslaan, verdergaan en overdragen

save-title = Opslaan op dit apparaat
save-explain = Je antwoorden worden beveiligd met een wachtwoord dat je zelf kiest. Zonder het wachtwoord kan niemand ze lezen, ook jij niet.
save-passphrase = Wachtwoord (minstens 8 tekens)
save-passphrase-again = Wachtwoord nog een keer
save-button = Opslaan
save-done = Opgeslagen op dit apparaat.
save-replace-ask = Er zijn al antwoorden opgeslagen op dit apparaat. Als je nu opslaat, vervang je die: de eerdere antwoorden zijn dan weg. Tik op ‘Vervangen’ om door te gaan.
save-replace-button = Vervangen
save-unavailable = Opslaan kan niet in deze browser (bijvoorbeeld in een privévenster). De tool werkt wel gewoon.
save-too-short = Het wachtwoord is te kort. Gebruik minstens 8 tekens.
save-mismatch = De twee wachtwoorden zijn niet hetzelfde.
resume-title = Verder waar je hebt opgeslagen
resume-button = Openen
export-button = Exporteren naar een bestand (beveiligd met een wachtwoord)
export-done = Het bestand is gemaakt. Bewaar het op een veilige plek.
import-button = Een geëxporteerd bestand openen

## Altijd beschikbaar

forget = Alles vergeten
forget-confirm = Alle antwoorden en alles wat is opgeslagen op dit apparaat wissen?
forget-yes = Ja, wissen
forget-no = Nee
forgotten = Alles is gewist van dit apparaat.
quick-exit = Pagina sluiten
quick-exit-hint = Of druk drie keer op Esc
timeout-warning = Je hebt een tijdje niets gedaan. Over een minuut worden je antwoorden gewist.
timeout-stay = Ik ben er nog
timeout-done = Je antwoorden zijn gewist, omdat er een tijdje niets gebeurde.
neutral-title = Gebruik een neutrale titel voor het tabblad

## Voorlezen

read-aloud = Voorlezen
read-stop = Stoppen met voorlezen
read-no-voice = Dit apparaat heeft geen stem voor deze taal.
