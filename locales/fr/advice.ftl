# Advice text for issue 13, French. See locales/en/advice.ftl.

## New questions

q-lawyer = Avez-vous un avocat pour votre dossier d'asile ?
    .short = Avocat
    .why = Un avocat peut vérifier vos possibilités et vous aider devant le tribunal.
q-detention = Êtes-vous en détention en ce moment ?
    .short = Détention
    .why = En détention, vous avez droit à un avocat. Une aide rapide compte alors.
q-minor-alone = Avez-vous moins de 18 ans et êtes-vous aux Pays-Bas sans vos parents ?
    .short = Moins de 18 ans sans parents
    .why = Les enfants seuls ont un tuteur et ont leurs propres droits.
q-child-stateless = L'un de vos enfants est-il né aux Pays-Bas, sans nationalité ?
    .short = Enfant né ici sans nationalité
    .why = Cet enfant peut peut-être devenir néerlandais.
q-new-start-opt-travel-only = Seulement de l'aide pour le voyage et les documents de voyage

## New urgent notes

urgent-detention = Détention : demandez une aide juridique maintenant
    .what = Vous recevez un avocat et un interprète. Votre avocat peut faire appel devant le tribunal. Le tribunal vérifie si votre rétention est légale.
    .next = Demandez votre avocat aujourd'hui. VluchtelingenWerk peut vous aider à le joindre.
urgent-appeal-unknown = Vérifiez aujourd'hui votre délai de recours
    .what = Votre lettre indique combien de temps vous avez. Depuis le 12 juin 2026, ce délai peut être plus court qu'avant : parfois quelques jours seulement. Un recours ne vous coûte rien.
    .next = Lisez la lettre, ou demandez aujourd'hui à un avocat ou à VluchtelingenWerk. En attendant, tenez-vous au délai le plus court.
urgent-appeal-late = Le délai de recours est sans doute passé
    .what = Le délai de recours compte à partir de la décision, et il est d'un mois au plus. Un recours en retard est parfois encore accepté.
    .next = Contactez un avocat aujourd'hui. Il peut voir ce qui est encore possible.
urgent-interim-measure = Vous deviez partir tout de suite, et un recours est peut-être en cours
    .what = Avec 0 jour pour partir, un recours n'empêche peut-être pas votre éloignement. Vous pouvez demander au tribunal d'attendre ici sa décision.
    .next = Demandez aujourd'hui à votre avocat de demander une mesure provisoire (voorlopige voorziening).
urgent-no-lawyer = Vous pouvez avoir un avocat
    .what = Pour l'asile, le Raad voor Rechtsbijstand organise les avocats. Demandez si vous devez payer quelque chose.
    .next = Demandez à VluchtelingenWerk de vous aider à trouver un avocat. Faites-le vite.
urgent-minor-alone = Les enfants seuls ont un tuteur : Nidos
    .what = Vous avez moins de 18 ans et vous êtes ici sans vos parents ? Alors Nidos est votre tuteur. Votre tuteur vous aide pour chaque décision.
    .next = Contactez votre tuteur chez Nidos. VluchtelingenWerk peut vous y aider.
urgent-departure-unknown = Vérifiez si votre délai de départ court encore
    .what = Votre lettre indique combien de temps vous avez pour partir : souvent 28 jours, parfois 0 jour. Ce délai compte à partir de la décision si vous n'avez pas fait de recours, ou si votre recours n'empêche pas l'expulsion. Sinon, il compte à partir du jugement du tribunal.
    .next = Demandez à VluchtelingenWerk ou à votre avocat de lire la lettre avec vous.

## New points

point-stress-support = Le stress, la peur ou la tristesse sont fréquents après un refus. Un médecin peut vous orienter vers une aide psychologique.
point-before-you-decide = Avant de décider, parlez-en avec un conseiller. Il vous écoute, et vous pouvez toujours changer d'avis.
point-options-to-stay = Même si vous voulez rentrer, il est bon de connaître vos possibilités de rester. La vérification est gratuite.
point-no-fault-dtv = Vous n'avez pas encore parlé avec le DT&V. Pour ce titre, vous devez d'abord demander au DT&V de l'aide pour partir.
point-child-stateless = Un enfant apatride né aux Pays-Bas peut parfois devenir néerlandais. Les conditions sont strictes : un avocat doit les vérifier.
point-erso-refer = Aucun partenaire n'est connu dans ce pays. VluchtelingenWerk vous oriente alors vers l'IOM ou une autre organisation de retour.
point-iom-withdraw = Si vous partez avec l'IOM, vous signez une déclaration. Avec elle, les procédures que vous avez encore aux Pays-Bas prennent fin. Jusque-là, vous pouvez changer d'avis.
point-iom-excluded = L'IOM n'aide pas les personnes de certaines nationalités, par exemple des pays de l'UE et de certains pays très riches. Demandez à l'IOM ou à VluchtelingenWerk.
point-iom-documents = L'IOM peut vous aider à obtenir un document de voyage.
point-iom-visa-free = Les personnes de votre pays n'ont pas besoin de visa pour venir aux Pays-Bas. L'IOM peut peut-être aider pour le voyage, mais l'aide en plus pour recommencer n'est pas ouverte pour vous. Demandez à l'IOM ou à VluchtelingenWerk.
point-iom-own-ticket = Vous pouvez payer le voyage vous-même. Alors l'IOM ne paie pas le billet, mais peut aider autrement. Demandez à l'IOM ou à VluchtelingenWerk.
point-trafficking-if-ever = Si un jour quelqu'un vous force à travailler, prend vos papiers ou dit que vous lui devez de l'argent, vous pouvez recevoir de l'aide. Contactez CoMensha (comensha.nl) ou VluchtelingenWerk.
point-minor-alone-if-ever = Les enfants de moins de 18 ans qui sont aux Pays-Bas sans leurs parents ont un tuteur chez Nidos. Si c'est votre cas, VluchtelingenWerk peut vous aider à contacter Nidos.
point-reintegration-visa-free = Les personnes de votre pays n'ont pas besoin de visa pour venir aux Pays-Bas. L'aide à la réintégration payée par le gouvernement néerlandais n'est donc pas ouverte pour vous. Cela vaut pour VluchtelingenWerk, les autres organisations et l'IOM. VluchtelingenWerk peut quand même parler avec vous de votre retour.
point-reintegration-past-return = Si vous avez reçu une aide au retour dans les 5 dernières années, cette aide n'est en général pas ouverte pour vous une nouvelle fois. VluchtelingenWerk peut vous dire ce qui reste possible.
point-return-orgs-not-open = Ces organisations suivent les règles du gouvernement néerlandais pour l'aide à la réintégration. D'après vos réponses, leur aide n'est peut-être pas ouverte pour vous. Demandez à VluchtelingenWerk.
point-iom-dublin = Un autre pays européen est peut-être responsable de votre demande d'asile (Dublin). Il n'est alors pas clair si l'IOM peut vous aider à rentrer. Demandez à l'IOM ou à votre avocat.
point-iom-ukraine = En 2017, l'IOM a arrêté son aide au retour pour les personnes venant d'Ukraine. On ne sait pas si c'est toujours le cas. Demandez à l'IOM ou à VluchtelingenWerk.

## Deadlines

deadline-appeal-1w = Si vous avez 1 semaine pour le recours, le dernier jour est le { $date }.
    .passed = Cette date est passée. Contactez un avocat aujourd'hui : un recours en retard est parfois encore possible.
    .between = Si vous avez 1 semaine pour le recours, le dernier jour se situe entre le { $from } et le { $to }.
    .unsure = Le dernier jour est peut-être déjà passé. Contactez un avocat aujourd'hui.
    .gone = Si vous aviez 1 semaine pour le recours, ce délai est sans doute passé. Contactez un avocat aujourd'hui : un recours en retard est parfois encore possible.
    .unknown = Si vous avez 1 semaine pour le recours, le dernier jour est 1 semaine après la date de la décision. Cette date figure dans votre lettre.
deadline-appeal-4w = Si vous avez 4 semaines pour le recours, le dernier jour est le { $date }.
    .passed = Cette date est passée. Contactez un avocat aujourd'hui : un recours en retard est parfois encore possible.
    .between = Si vous avez 4 semaines pour le recours, le dernier jour se situe entre le { $from } et le { $to }.
    .unsure = Le dernier jour est peut-être déjà passé. Contactez un avocat aujourd'hui.
    .gone = Si vous aviez 4 semaines pour le recours, ce délai est sans doute passé. Contactez un avocat aujourd'hui : un recours en retard est parfois encore possible.
    .unknown = Si vous avez 4 semaines pour le recours, le dernier jour est 4 semaines après la date de la décision. Cette date figure dans votre lettre.
deadline-appeal-pact-5d = Procédure courte : le dernier jour pour le recours peut être dès le { $date }. Le jour exact figure dans votre lettre.
    .passed = Ce jour le plus proche possible est passé. Regardez votre lettre maintenant, et contactez un avocat aujourd'hui.
    .between = Procédure courte : le dernier jour pour le recours peut être dès un jour entre le { $from } et le { $to }. Le jour exact figure dans votre lettre.
    .unsure = Le dernier jour est peut-être déjà passé. Contactez un avocat aujourd'hui.
    .gone = Procédure courte : le délai de recours est sans doute passé. Contactez un avocat aujourd'hui : un recours en retard est parfois encore possible.
    .unknown = Procédure courte : le dernier jour pour le recours peut être 5 jours seulement après la date de la décision. Le jour exact figure dans votre lettre.
deadline-appeal-pact-2w = Autres cas : le dernier jour pour le recours peut être dès le { $date }. Le jour exact figure dans votre lettre.
    .passed = Ce jour le plus proche possible est passé. Regardez votre lettre maintenant, et contactez un avocat aujourd'hui.
    .between = Autres cas : le dernier jour pour le recours peut être dès un jour entre le { $from } et le { $to }. Le jour exact figure dans votre lettre.
    .unsure = Le dernier jour est peut-être déjà passé. Contactez un avocat aujourd'hui.
    .gone = Autres cas : le délai de recours est sans doute passé. Contactez un avocat aujourd'hui : un recours en retard est parfois encore possible.
    .unknown = Autres cas : le dernier jour pour le recours peut être 2 semaines seulement après la date de la décision. Le jour exact figure dans votre lettre.
deadline-departure = Votre délai de départ finit sans doute le { $date }. Vérifiez la date dans votre lettre.
    .passed = Cette date est passée. Votre délai de départ est sans doute fini. Demandez maintenant vos droits à VluchtelingenWerk.
    .between = Votre délai de départ finit sans doute un jour entre le { $from } et le { $to }. Vérifiez la date dans votre lettre.
    .unsure = Votre délai de départ est peut-être déjà fini. Demandez maintenant vos droits à VluchtelingenWerk.
    .gone = Votre délai de départ est sans doute fini. Demandez maintenant vos droits à VluchtelingenWerk.
    .unknown = Votre délai de départ finit 28 jours après la date de la décision. Cette date figure dans votre lettre.
deadline-departure-no-suspend = Si vous n'avez pas fait de recours, ou si votre recours n'empêche pas l'expulsion, votre délai de départ finit sans doute le { $date }. Si votre recours empêche l'expulsion, il finit 28 jours après le jugement du tribunal.
    .passed = Cette date est passée. Votre délai de départ est alors peut-être fini. Demandez maintenant vos droits à VluchtelingenWerk ou à votre avocat.
    .between = Si vous n'avez pas fait de recours, ou si votre recours n'empêche pas l'expulsion, votre délai de départ finit sans doute un jour entre le { $from } et le { $to }. Si votre recours empêche l'expulsion, il finit 28 jours après le jugement du tribunal.
    .unsure = Votre délai de départ est alors peut-être déjà fini. Demandez maintenant vos droits à VluchtelingenWerk ou à votre avocat.
    .gone = Si vous n'avez pas fait de recours, ou si votre recours n'empêche pas l'expulsion, votre délai de départ est sans doute fini. Si votre recours empêche l'expulsion, il finit 28 jours après le jugement du tribunal. Demandez de l'aide maintenant à VluchtelingenWerk ou à votre avocat.
    .unknown = Si vous n'avez pas fait de recours, ou si votre recours n'empêche pas l'expulsion, votre délai de départ finit 28 jours après la date de la décision. Sinon, il finit 28 jours après le jugement du tribunal. Les dates figurent dans les lettres.

## Protection signals

signal-fear = Vous n'avez pas dit que vous n'avez pas peur de rentrer.
signal-trafficking = Vous n'avez pas dit qu'aucun des signes d'exploitation ne vous concerne.
signal-minor-alone = Vous avez peut-être moins de 18 ans et vous êtes ici sans vos parents.

## Notice

notice-embassy-fear = Vous n'êtes pas obligé de contacter votre ambassade. Si vous avez peur des autorités de votre pays, dites-le à VluchtelingenWerk.

## Result

advice-danger = En danger maintenant ? Appelez le 112. Vous pensez à mettre fin à votre vie ? Appelez le 113, jour et nuit.
advice-confirm = Certaines informations ici n'ont pas pu être vérifiées sur la page de l'éditeur lui-même. Demandez à VluchtelingenWerk de les confirmer.
advice-confirm-card = Demandez à VluchtelingenWerk de confirmer ceci. Les règles et les dates peuvent changer.
advice-held-back = Pas proposé maintenant, parce que :
advice-fact-source = Source : { $publisher }, « { $title } ». Vérifié le { $checked } : { $url }

## Date field

date-readback = Vous avez saisi : { $date }, { $ago }.
date-ago = { $days ->
    [0] aujourd'hui
    [1] hier
   *[other] il y a { $days } jours
}
error-date-too-early = Cette date est très ancienne. Vérifiez l'année, et l'ordre du jour et du mois.

## Referral

ref-nidos = Nidos
    .offer = Le tuteur des enfants de moins de 18 ans qui sont aux Pays-Bas sans leurs parents.
    .how = Demandez à votre tuteur, ou allez sur le site web.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Source : { $publisher }, « { $title } », { $published }. Vérifié le { $checked } : { $url }
referral-through-vwn = Par VluchtelingenWerk
result-links-note = Un lien ouvre un autre site. La visite reste dans l'historique du navigateur de ce téléphone, et la sortie rapide ne peut pas l'effacer. Chaque adresse est aussi écrite en entier, pour que vous puissiez la taper sur un autre appareil.
info-checked-until = Les informations ont été vérifiées jusqu'au { $date }.
referral-vwn-shares = VluchtelingenWerk est indépendant et ne participe pas au retour forcé. Demandez ce qu'ils notent et transmettent.
referral-lawyer-shares = Le Raad voor Rechtsbijstand paie votre avocat et reçoit les pièces de votre dossier. Demandez à votre avocat ce qu'il partage d'autre.
referral-erso-shares = Une organisation partenaire dans votre pays connaît vos projets et reste en contact jusqu'à un an. Le DT&V (le service de retour du gouvernement) paie le projet. Demandez ce qui est transmis.
referral-iom-shares = L'IOM dit que vos entretiens sont confidentiels. L'IOM gère le programme de retour pour le DT&V (le service de retour du gouvernement). Au départ, vous signez une déclaration qui met fin à vos procédures aux Pays-Bas.
referral-ros-shares = Le DT&V (le service de retour du gouvernement) paie l'aide au retour de ROS. Demandez ce qu'ils disent de vous au DT&V.
referral-wereldwijd-shares = Le DT&V (le service de retour du gouvernement) paie l'aide au retour de WereldWijd. Demandez ce qu'ils disent de vous au DT&V.
referral-comensha-shares = CoMensha enregistre chaque victime de traite des êtres humains qui lui est signalée. Elle ne transmet des chiffres que sans noms.
referral-nidos-shares = En tant que tuteur, Nidos travaille étroitement avec le DT&V et le COA quand le retour d'un enfant seul est préparé.
referral-line113-shares = Vous pouvez appeler le 113 ou lui écrire par chat de façon anonyme.
referral-emergency112-shares = Les appels au 112 sont enregistrés. L'opérateur envoie la police, les pompiers ou une ambulance.
referral-dvdw-shares = Demandez-leur ce qu'ils partagent avec d'autres.
referral-cak-shares = C'est votre médecin ou l'hôpital, pas vous, qui envoie la facture au CAK, un bureau du gouvernement.
