# Informations sur le pays et « Réfléchir à son rythme », français.

## La fiche du pays

country-card-title = Informations sur { $country }
country-card-intro = Ce que l'on sait de la situation dans ce pays, et d'où cela vient. Ce sont des informations, pas un conseil juridique.
country-card-checked = Chaque fait indique quand nous l'avons vérifié pour la dernière fois. Les choses peuvent changer. VluchtelingenWerk connaît les dernières informations.
country-card-vwn-explains = VluchtelingenWerk peut vous expliquer ce que ces documents signifient pour vous.
country-card-return-later = Le soutien pour un retour dépend de votre situation. Les questions ou VluchtelingenWerk vous en diront plus.
country-card-checked-on = Vérifié le { $date }.
country-card-primary = Source : l'éditeur lui-même.
country-card-secondary = Source : une copie ou un résumé. Demandez à VluchtelingenWerk de le confirmer.
country-summary-include = Ajouter ces informations sur le pays au résumé
country-card-source = D'où cela vient

country-sec-situation = Descriptions officielles de la situation
country-sec-procedure = Règles néerlandaises pour ce pays
country-sec-stay = Possibilités de rester
country-sec-return = Soutien si vous choisissez de rentrer
country-sec-practical = Points pratiques à demander

country-kind-ambtsbericht = Rapport sur le pays du ministère néerlandais des Affaires étrangères (algemeen ambtsbericht)
country-kind-euaa-guidance = Orientations par pays de l'Agence de l'UE pour l'asile
country-kind-euaa-coi = Rapports sur le pays de l'Agence de l'UE pour l'asile
country-kind-unhcr = Position du HCR (UNHCR), l'agence de l'ONU pour les réfugiés
country-kind-safe-country = Liste néerlandaise des pays d'origine sûrs
country-kind-moratorium = Pause des décisions et du retour forcé
country-kind-erso = Partenaire de réintégration (réseau ERSO)
country-kind-iom = IOM (OIM)
country-kind-return-org = Autres organisations de retour
country-kind-travel-documents = Documents de voyage de l'ambassade

country-pub-bz = Ministère néerlandais des Affaires étrangères
country-pub-jenv = Ministère néerlandais de la Justice et de la Sécurité
country-pub-euaa = Agence de l'UE pour l'asile (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = le résumé des sources de ce projet

country-fact-doc = Le plus récent que nous avons trouvé : { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Le plus récent que nous avons trouvé : un rapport de { $publisher }, { $date }. Nous n'avons pas vu son titre exact.
country-fact-unknown = Nous ne savons pas. Demandez à { $ask }.
country-fact-safe-listed = Sur la liste que nous avons trouvée, du { $date }. Les personnes de ces pays ont souvent une procédure plus rapide. Le délai pour partir peut être court, même 0 jour. Souvent, on ne peut pas attendre le recours aux Pays-Bas. Vos propres raisons comptent toujours.
country-fact-safe-suspended = Sur la liste que nous avons trouvée, du { $date }. Mais c'est suspendu pour l'instant. La procédure plus rapide n'est pas utilisée pour ce pays.
country-fact-safe-not-listed = Pas sur la liste que nous avons trouvée, du { $date }.
country-fact-moratorium-past = À partir du { $date }, les Pays-Bas ont suspendu les décisions et le retour forcé pour ce pays. Nous ne savons pas si c'est toujours le cas. Demandez à VluchtelingenWerk.
country-fact-erso-past = Une organisation partenaire y était connue dans des projets passés ({ $years }). VluchtelingenWerk confirme le partenaire actuel.
country-fact-iom-limited = L'OIM (IOM) ne peut peut-être pas aider au retour vers ce pays en ce moment. Demandez à IOM ou à VluchtelingenWerk.
country-fact-iom-basic = Le programme de retour de base de l'OIM (IOM) peut aider : un billet, une aide pour les documents de voyage et une petite somme. Des conditions s'appliquent. Demandez à IOM si cela marche pour ce pays.
country-fact-iom-visa-free = Les personnes de ce pays n'ont pas besoin de visa pour de courts séjours en Europe. Le soutien de l'OIM (IOM) peut alors ne pas s'appliquer. Demandez à IOM.
country-fact-return-org-general = D'autres organisations aident aussi au retour, comme ROS et WereldWijd. Demandez à VluchtelingenWerk laquelle travaille avec ce pays.
country-fact-return-org = { $name } aide au retour vers ce pays. Demandez d'abord à VluchtelingenWerk.

country-stay-check = Même après un refus, il peut exister des possibilités de rester. Un contrôle juridique avec VluchtelingenWerk et un avocat les examine.
country-stay-points = Par exemple : des faits nouveaux, votre santé, votre famille ici, ou un pays qui ne vous laisse pas entrer.

## Informations sur un pays, depuis l'écran d'accueil

country-info-open = Informations sur un pays
country-info-intro = Choisissez un pays. Vous n'avez à répondre à aucune question. Rien n'est enregistré.
country-info-choose = Pays
country-info-pick = Choisissez un pays
country-info-back = Retour au début

## Réfléchir à son rythme

consider-open = Réfléchir à son rythme
consider-intro = Une page calme pour peser votre choix, à votre rythme. Ce n'est pas un test. Il n'y a pas de bonne ou de mauvaise réponse.
consider-how = Répondez seulement dans votre tête ou sur papier. L'application n'enregistre rien.
consider-topic-safety = Seriez-vous en sécurité là-bas ? Qu'est-ce qui vous inquiète ?
consider-topic-family-there = Qui est là pour vous là-bas ? De la famille, des amis ?
consider-topic-family-here = Qui laisseriez-vous ici ?
consider-topic-housing = Où vivriez-vous ?
consider-topic-income = Comment gagneriez-vous votre vie ?
consider-topic-health = Et votre santé et vos médicaments là-bas ?
consider-topic-documents = Avez-vous les documents dont vous avez besoin ?
consider-topic-support = Quel soutien pourriez-vous recevoir, ici et là-bas ?
consider-topic-ask-first = Qu'aimeriez-vous entendre d'abord de VluchtelingenWerk ?
consider-told = Ce que vous nous avez dit :
consider-notes = Vos notes :
consider-change-mind = Vous pouvez changer d'avis à tout moment. Même après avoir parlé avec IOM ou VluchtelingenWerk.
consider-valid = Choisir de ne pas rentrer maintenant est aussi un choix acceptable.
consider-print = Imprimer comme fiche de travail
consider-print-lang = Deuxième langue sur la fiche
consider-print-none = Seulement cette langue
consider-back = Retour au résultat
