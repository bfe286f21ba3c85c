# What stays on the device, the readable summary file, and opening saved answers.
start-remains = Deze telefoon bewaart een kopie van deze hulp, om die zonder internet te gebruiken. "Alles vergeten" wist ook die kopie. Alleen de browsergeschiedenis blijft.
file-readable-warning = Iedereen die dit bestand opent, kan het lezen, ook je antwoorden. Wil je een bestand dat alleen jij kunt openen? Maak dan een bestand met een wachtwoord.
file-readable-anyway = Toch het leesbare bestand opslaan
open-not-ours = Dit is niet door Wegwijzer opgeslagen en kan niet worden geopend. Er is niets veranderd.
open-wrong = Dit wachtwoord klopt niet. Er is niets gewist. Probeer het opnieuw.
open-damaged = Deze opgeslagen antwoorden zijn beschadigd en kunnen niet worden geopend. Er is niets gewist.
open-newer = Deze antwoorden zijn opgeslagen met een nieuwere versie van Wegwijzer. Open deze pagina opnieuw met internet voor de nieuwste versie.
open-unavailable = Deze browser kon de antwoorden nu niet openen. Er is niets gewist. Probeer het opnieuw, of gebruik een andere browser.
open-asked-again = Sommige antwoorden kon deze versie niet gebruiken. Beantwoord die vragen opnieuw.
