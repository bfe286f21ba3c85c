# Textes de l'interface, en français. Phrases courtes et simples.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: départ, partir, partez, quitter, retour, rentrer, retourn

app-name = Wegwijzer
skip-to-content = Aller à la question

## Start screen

start-title = Trouvez l'aide qui vous convient
start-intro = Votre demande d'asile a été refusée. Vous avez peut-être des questions, des doutes ou des soucis. Répondez à quelques questions courtes. Ensuite, vous voyez quelle aide peut vous convenir, et pourquoi.
start-privacy-title = Votre vie privée
start-privacy-1 = Vos réponses ne quittent pas cet appareil.
start-privacy-2 = Rien n'est gardé, sauf si vous choisissez de l'enregistrer.
start-privacy-3 = Vous pouvez tout effacer ou fermer vite cette page à tout moment.
start-limits = Cet outil ne peut pas cacher que vous avez visité ce site. L'historique du navigateur le montre. Sur un téléphone partagé, utilisez une fenêtre privée.
start-not-advice = Cet outil donne des informations. Ce n'est pas un conseil juridique. Parlez toujours avec VluchtelingenWerk ou un avocat avant de décider.
start-time = Environ 5 à 10 minutes. Vous pouvez passer les questions sensibles.
start-begin = Commencer
start-resume = Reprendre là où j'ai enregistré
start-mode-counsellor = Je suis conseiller ou conseillère, avec une personne que j'accompagne
start-counsellor-lang = Langue pour le conseiller ou la conseillère
start-unreviewed = Cette traduction n'a pas encore été vérifiée par une personne de langue maternelle française.
start-partly-reviewed = Une partie de cette traduction a été vérifiée par une personne de langue maternelle française ({ $percent } pour cent). Le reste n'a pas encore été vérifié.
start-reviewed = Cette traduction a été vérifiée par une personne de langue maternelle française.

## Language

language-label = Langue

## Question screen

progress = Question { $current } sur environ { $total }
why-we-ask = Pourquoi nous posons cette question : { $why }
nav-back = Précédent
nav-continue = Continuer
nav-to-result = Voir le résultat
date-enter = Date sur la lettre
date-or = Ou choisissez depuis combien de temps :
country-search = Tapez pour chercher votre pays
country-none = Aucun pays trouvé. Vous pouvez choisir « Autre ».

error-title = Il y a un problème
error-empty = Choisissez une réponse pour continuer. Vous pouvez aussi choisir « Je préfère ne pas répondre ».
error-exclusive = « { $option } » ne peut pas aller avec d'autres réponses. Choisissez seulement celle-ci, ou seulement les autres.
error-future-date = Cette date est dans le futur. Entrez la date de votre lettre, ou choisissez depuis combien de temps.
error-unknown-option = Cette réponse n'est pas possible. Choisissez une des réponses proposées.

## Result screen

result-title = L'aide qui peut vous convenir
result-intro = Selon vos réponses. C'est vous qui décidez ce que vous faites. Chaque possibilité est expliquée plus bas.
result-not-advice = Ce sont des informations, pas un conseil juridique. Vérifiez tout avec VluchtelingenWerk ou un avocat.
result-urgent-title = D'abord : urgent
result-routes-title = L'aide qui correspond à vos réponses
result-other-title = Autres possibilités sur lesquelles vous pouvez poser des questions
result-other-why = Vos réponses montrent que le retour n'est pas la voie que nous proposons maintenant. Chaque option dit pourquoi. D'abord, un entretien et un examen de vos possibilités. Vous pouvez quand même poser des questions sur le retour si vous le voulez.
because = Parce que vous avez dit :
reason-general = C'est ouvert à toutes les personnes dont la demande a été refusée.
what-next = Ce que vous pouvez faire
whom-to-contact = Qui contacter
points-title = Points à regarder :
referral-phone = Téléphone : { $phone }
referral-web = Site internet : { $web }
referral-checked = Vérifié le { $date }. Les informations peuvent changer : VluchtelingenWerk peut les confirmer.
result-restart = Changer mes réponses
result-summary = Faire un résumé à garder

## Counsellor view

counsellor-rule = Règle : { $rule }
counsellor-answers = Réponses à l'origine :
counsellor-check-title = Ce qu'il faut vérifier ensuite
counsellor-check-letter = Lisez la lettre de décision : date, procédure et délai de recours.
counsellor-check-lawyer = Demandez s'il y a un avocat et quand vous pouvez le joindre.
counsellor-check-fear = Prenez le temps de parler de la peur du retour. Pensez à une analyse du récit de fuite.
counsellor-check-urgent = Traitez d'abord les points urgents ci-dessus, avant tout le reste.

## Summary

summary-title = Votre résumé
summary-date = Fait le { $date }
summary-include-answers = Montrer aussi mes réponses dans le résumé
summary-include-cards = Ajouter aussi l'explication complète et les sources (annexe)
summary-dates-title = Dates importantes
summary-appendix-title = Annexe
summary-answers-title = Vos réponses
summary-print = Imprimer
summary-download = Enregistrer dans un fichier
summary-back = Retour au résultat

## Save, resume and hand-off

save-title = Enregistrer sur cet appareil
save-explain = Vos réponses sont protégées par un mot de passe que vous choisissez. Sans ce mot de passe, personne ne peut les lire, et vous non plus.
save-passphrase = Mot de passe (au moins 8 caractères)
save-passphrase-again = Répétez le mot de passe
save-button = Enregistrer
save-done = Enregistré sur cet appareil.
save-replace-ask = Des réponses sont déjà enregistrées sur cet appareil. Enregistrer maintenant les remplace, et les réponses précédentes seront perdues. Touchez « Remplacer » pour continuer.
save-replace-button = Remplacer
save-unavailable = Il n'est pas possible d'enregistrer dans ce navigateur (par exemple dans une fenêtre privée). L'outil fonctionne quand même.
save-too-short = Le mot de passe est trop court. Utilisez au moins 8 caractères.
save-mismatch = Les deux mots de passe ne sont pas les mêmes.
resume-title = Reprendre là où vous avez enregistré
resume-button = Ouvrir
export-button = Exporter dans un fichier (protégé par un mot de passe)
export-done = Le fichier a été créé. Gardez-le en lieu sûr.
import-button = Ouvrir un fichier exporté

## Always available

forget = Tout effacer
forget-confirm = Effacer toutes les réponses et tout ce qui est enregistré sur cet appareil ?
forget-yes = Oui, effacer
forget-no = Non
forgotten = Tout a été effacé de cet appareil.
quick-exit = Fermer cette page
quick-exit-hint = Ou appuyez trois fois sur Échap (Esc)
timeout-warning = Vous n'avez rien fait depuis un moment. Dans une minute, vos réponses seront effacées.
timeout-stay = Je suis toujours là
timeout-done = Vos réponses ont été effacées, car rien ne s'est passé depuis un moment.
neutral-title = Utiliser un titre d'onglet neutre

## Read aloud

read-aloud = Lire à voix haute
read-stop = Arrêter la lecture
read-no-voice = Cet appareil n'a pas de voix pour cette langue.
