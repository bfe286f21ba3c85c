# Informations sur le pays et « Réfléchir à son rythme », français.

## La fiche du pays

country-card-title = Informations sur { $country }
country-card-intro = Ce que l'on sait de la situation dans ce pays, et d'où cela vient. Ce sont des informations, pas un conseil juridique.
country-card-checked = Chaque fait indique quand nous l'avons vérifié pour la dernière fois. Les choses peuvent changer. VluchtelingenWerk connaît les dernières informations.
country-card-vwn-explains = VluchtelingenWerk peut vous expliquer ce que ces documents signifient pour vous.
country-card-return-later = Le soutien pour un retour dépend de votre situation. Les questions ou VluchtelingenWerk vous en diront plus.
country-card-checked-on = Vérifié le { $date }.
country-card-primary = Source : l'éditeur lui-même.
country-card-secondary = Source : une copie ou un résumé.
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

country-fact-doc = Le plus récent que nous avons trouvé : { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Le plus récent que nous avons trouvé : un rapport de { $publisher }, { $date }. Nous n'avons pas vu son titre exact.
country-fact-unknown = Nous ne savons pas. Demandez à { $ask }.
country-fact-safe-listed = Sur la liste que nous avons trouvée. Les personnes de ces pays ont souvent une procédure plus rapide. Le délai pour partir peut être court, même 0 jour. Souvent, on ne peut pas attendre le recours aux Pays-Bas. Vos propres raisons comptent toujours.
country-fact-safe-suspended = Sur la liste que nous avons trouvée. Mais c'est suspendu pour l'instant. La procédure plus rapide n'est pas utilisée pour ce pays.
country-fact-safe-not-listed = Pas sur la liste que nous avons trouvée.
country-fact-moratorium-past = À partir du { $date }, les Pays-Bas ont suspendu les décisions et le retour forcé pour ce pays. Nous ne savons pas si c'est toujours le cas. Demandez à VluchtelingenWerk.
country-fact-erso-past = Une organisation partenaire y était connue dans des projets passés ({ $years }). VluchtelingenWerk confirme le partenaire actuel.
country-fact-iom-limited = L'OIM (IOM) ne peut peut-être pas aider au retour vers ce pays en ce moment. Demandez à IOM ou à VluchtelingenWerk.
country-fact-iom-basic = Le programme de retour de base de l'OIM (IOM) peut aider : un billet, une aide pour les documents de voyage et une petite somme. Des conditions s'appliquent. Demandez à IOM si cela marche pour ce pays.
country-fact-iom-visa-free = Les personnes de ce pays n'ont pas besoin de visa pour de courts séjours en Europe. Le soutien de l'OIM (IOM) peut alors ne pas s'appliquer. Demandez à IOM.
country-fact-return-org-general = D'autres organisations aident aussi au retour, comme ROS et WereldWijd. Demandez à VluchtelingenWerk laquelle travaille avec ce pays.
country-fact-return-org = { $name } aide au retour vers ce pays. Demandez d'abord à VluchtelingenWerk.

country-stay-check = Même après un refus, il peut exister des possibilités de rester. Un contrôle juridique avec VluchtelingenWerk et un avocat les examine.
country-stay-points = Par exemple : des faits nouveaux, votre santé, votre famille ici, ou un pays qui ne vous laisse pas entrer.

country-pub-ind = Service de l'immigration et de la naturalisation (IND)
country-pub-dtv = Service du retour et du départ (DT&V)
country-pub-erso = Réseau ERSO
country-pub-eu = Union européenne
country-fact-doc-undated = Le plus récent que nous avons trouvé : un rapport de { $publisher }. Nous n'avons pas vu son titre exact ni sa date.
country-fact-old = Ce document date de { $date }. Il peut exister des informations plus récentes. VluchtelingenWerk connaît les plus récentes.
country-fact-moratorium-ended = Pendant un temps, les Pays-Bas ont suspendu les décisions et le retour forcé pour ce pays. Cette pause est terminée.
country-card-links = Un lien ouvre le site de l'éditeur. La visite reste dans l'historique de ce navigateur ; la sortie rapide ne peut pas l'effacer. L'adresse est aussi écrite en entier, pour que vous puissiez la taper sur un autre appareil.
country-card-undated = la page n'indique pas de date

country-sum-ambtsbericht-sy-2026 = Un nouveau rapport décrit la Syrie de mai à décembre 2025. Selon la presse, il qualifie le pays d'instable, signale des violences contre des minorités comme les alaouites, les druzes et les Kurdes, et cite la destruction des logements comme un obstacle majeur au retour.
country-sum-euaa-sy-2025 = Une mise à jour complète après la chute du gouvernement Assad. Les insoumis, les déserteurs et les autres opposants à l'ancien gouvernement ne sont plus considérés comme à risque. Les personnes LGBTIQ restent en général éligibles au statut de réfugié ; les personnes liées à l'ancien gouvernement, les alaouites, les chrétiens et les druzes peuvent avoir besoin de protection, selon leur situation.
country-sum-unhcr-sy-2024 = Le HCR soutient le retour volontaire et informé, mais n'encourage pas le retour à grande échelle, en raison des violences dans certaines régions et d'une grave crise humanitaire. Le HCR a dit en décembre 2024 qu'aucun demandeur d'asile ne devait être renvoyé de force en Syrie pour l'instant.
country-sum-moratorium-sy-2024 = Après la chute du gouvernement Assad en décembre 2024, les décisions et le retour forcé pour les personnes de Syrie ont été suspendus pendant six mois. Cette pause est terminée : l'IND décide de nouveau sur les demandes.
country-sum-ambtsbericht-er-2023 = Le ministère des Affaires étrangères a publié un nouveau rapport général sur l'Érythrée le 19 décembre 2023. Nous n'avons pas lu ses conclusions.
country-sum-euaa-coi-er-2016 = Un rapport factuel sur le service national en Érythrée, sur le traitement des insoumis et des déserteurs, et sur le traitement au retour des personnes parties illégalement. Il ne tire pas de conclusions juridiques.
country-sum-ambtsbericht-tr-2019 = Le rapport couvre la période de la tentative de coup d'État de juillet 2016 à septembre 2019. Il décrit davantage de poursuites contre des journalistes, enseignants, juges, militants des droits humains, membres de l'opposition et d'autres pour avoir critiqué le gouvernement.
country-sum-euaa-coi-tr-2016 = Un rapport factuel sur la situation jusqu'à mi-septembre 2016, y compris la tentative de coup d'État du 15 juillet 2016 et la réaction du gouvernement. Il ne contient ni évaluation ni conseil.
country-sum-ambtsbericht-iq-2019 = Le rapport décrit la sécurité par région, les documents d'identité, les droits humains, la situation de certains groupes, les personnes déplacées et le retour en Irak.
country-sum-euaa-iq-2024 = Les personnes qui ont quitté l'islam et les personnes LGBTIQ ont en général une crainte fondée de persécution. Pour les minorités, et pour les femmes et les filles, leur propre situation est examinée. La violence est élevée dans le district d'Amedi (Dohuk), plus faible à Bagdad, Ninive et Erbil, et en général pas un risque réel dans le sud.
country-sum-unhcr-iq-2019 = Le HCR décrit qui peut avoir besoin de protection, par exemple les personnes soupçonnées à tort de soutenir l'EI, et quand s'installer ailleurs en Irak n'est pas une option raisonnable. Il contient une partie sur le retour forcé.
country-sum-ambtsbericht-so-2021 = Le rapport couvre avril 2020 à novembre 2021. Selon lui, la sécurité en Somalie ne s'était en général ni nettement améliorée ni nettement dégradée.
country-sum-euaa-so-2025 = Les orientations traitent différemment le Centre-Sud de la Somalie, le Puntland et le Somaliland. Les journalistes critiques remplissent probablement les conditions du statut de réfugié partout en Somalie. Elles traitent aussi du taux très élevé de mutilations génitales féminines.
country-sum-unhcr-so-2022 = Le HCR décrit les profils des personnes qui peuvent avoir besoin d'une protection internationale, en raison de l'insécurité persistante et de graves violations des droits humains. Il remplace des positions antérieures.
country-sum-ambtsbericht-ye-2024 = Selon la presse, le rapport constate qu'une trêve a fortement réduit les combats et les morts civils, mais que la sécurité reste fragile et la situation humanitaire mauvaise. Il décrit aussi davantage de violences contre les femmes.
country-sum-unhcr-ye-2015 = Le HCR a demandé à tous les pays de suspendre les retours forcés vers le Yémen, en raison des frappes aériennes, des morts civils et d'une crise humanitaire aiguë.
country-sum-ambtsbericht-ng-2018 = Le rapport décrit la sécurité par région, les documents, les droits humains, la situation des femmes, des personnes LGBT et des enfants seuls, le retour et la traite des êtres humains.
country-sum-euaa-ng-2021 = Les orientations mettent à jour l'analyse de Boko Haram, des conflits entre éleveurs et agriculteurs et des enlèvements. Elles traitent aussi des besoins de protection liés à la traite, surtout l'exploitation sexuelle des femmes et des filles.
country-sum-euaa-coi-ng-2025 = Les rapports décrivent la hausse des violences de bandes armées (banditisme) au Nigeria.
country-sum-ambtsbericht-sd-2024 = Le rapport décrit des évolutions graves du conflit armé commencé en avril 2023. La politique néerlandaise pour le Soudan de juin 2024 s'appuie sur lui.
country-sum-euaa-sd-2025 = Les premières orientations de l'EUAA sur le Soudan citent de nombreux profils susceptibles d'obtenir le statut de réfugié, entre autres les groupes non arabes du Darfour, les Nouba, les personnes qui craignent un recrutement forcé, les militants, les journalistes, les humanitaires, les femmes et les filles, les enfants et les personnes LGBTIQ. Elles évaluent la violence dans tout le pays.
country-sum-unhcr-sd-2023 = Le HCR a demandé aux gouvernements de ne renvoyer personne au Soudan et de suspendre les décisions négatives sur les demandes venant du Soudan. Selon le HCR, il n'y a pas de lieu sûr où aller à l'intérieur du Soudan.
country-sum-moratorium-sd-2023 = Les décisions et le retour forcé pour les personnes du Soudan ont été suspendus à partir du 8 juillet 2023. La pause a pris fin le 27 juin 2024 : l'IND décide de nouveau sur les demandes.
country-sum-ambtsbericht-af-2023 = Le rapport décrit une situation qui a beaucoup changé après la prise du pouvoir par les talibans, avec une crise humanitaire croissante. La violence a fortement baissé. Il traite aussi des risques pour certains groupes.
country-sum-euaa-af-2024 = Les femmes et les filles afghanes risquent la persécution. D'autres sont aussi à risque, entre autres d'anciens agents de l'État, des personnes ayant travaillé avec des forces étrangères, des défenseurs des droits humains et certaines minorités. En général, il n'y a pas de lieu sûr où aller à l'intérieur de l'Afghanistan.
country-sum-unhcr-af-2025 = Le HCR décrit qui peut avoir besoin de protection, à commencer par les femmes et les filles. Depuis août 2021, le HCR demande aux États de ne renvoyer personne de force en Afghanistan, y compris les personnes dont la demande a été rejetée.
country-sum-moratorium-af-2021 = Les décisions et le retour forcé pour les personnes d'Afghanistan ont été suspendus à partir du 11 août 2021 ; la pause a été prolongée jusqu'au 25 août 2022.
country-sum-euaa-coi-pk-2024 = Un rapport factuel : la violence augmente depuis octobre 2023, surtout au Khyber Pakhtunkhwa et au Baloutchistan. Il décrit la répression de l'opposition PTI et des médias, et des violences contre les chiites, les ahmadis, les chrétiens, les hindous et d'autres.
country-sum-ambtsbericht-ir-2019 = Le ministère des Affaires étrangères a publié un rapport général sur l'Iran le 21 mars 2019. La politique néerlandaise pour l'Iran a été modifiée sur cette base en juillet 2019.
country-sum-euaa-ir-2025 = Les profils très susceptibles d'obtenir le statut de réfugié comprennent les opposants, les défenseurs des droits humains, les journalistes critiques, les convertis, les chrétiens des églises de maison et les personnes LGBTIQ. Les activités à l'étranger peuvent aussi compter.
country-sum-euaa-coi-co-2022 = Un rapport factuel : après l'accord de paix de 2016, les groupes armés se sont divisés. Violences, déplacements, extorsion et meurtres de responsables locaux touchent toujours les civils.
country-sum-euaa-coi-ru-2025 = Un rapport factuel sur novembre 2024 à novembre 2025. Il décrit des poursuites contre des militants, journalistes, avocats et critiques, y compris des opposants à la guerre, contre les Témoins de Jéhovah, et une situation plus difficile pour les personnes LGBTIQ et les femmes.
country-sum-unhcr-ua-2023 = Le HCR n'encourage pas le retour en Ukraine tant que la guerre dure. Son avis de mars 2022 de ne renvoyer personne de force en Ukraine, y compris les personnes dont la demande a été rejetée, reste valable.


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
