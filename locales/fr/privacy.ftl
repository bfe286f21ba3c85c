# What stays on the device, the readable summary file, and opening saved answers.
start-remains = Ce téléphone garde une copie de cet outil, pour l'utiliser sans internet. « Tout effacer » supprime aussi cette copie. Seul l'historique du navigateur reste.
file-readable-warning = Toute personne qui ouvre ce fichier peut le lire, vos réponses aussi. Vous voulez un fichier que vous seul pouvez ouvrir ? Alors faites un fichier avec un mot de passe.
file-readable-anyway = Enregistrer quand même le fichier lisible
open-not-ours = Ceci n'a pas été enregistré par Wegwijzer, donc on ne peut pas l'ouvrir. Rien n'a été changé.
open-wrong = Ce mot de passe n'est pas le bon. Rien n'a été effacé. Essayez encore.
open-damaged = Ces réponses enregistrées sont abîmées et ne peuvent pas être ouvertes. Rien n'a été effacé.
open-newer = Ces réponses ont été enregistrées par une version plus récente de Wegwijzer. Ouvrez à nouveau cette page avec internet pour avoir la dernière version.
open-unavailable = Ce navigateur n'a pas pu ouvrir les réponses pour le moment. Rien n'a été effacé. Essayez encore, ou utilisez un autre navigateur.
open-asked-again = Cette version n'a pas pu utiliser certaines réponses. Répondez encore à ces questions, s'il vous plaît.
