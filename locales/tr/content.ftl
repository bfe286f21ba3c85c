# Soru listesi içeriği, Türkçe. Kimlikler content/questionnaire.toml dosyasından gelir
# (dosyanın başındaki açıklamaya bakın). Sade dil: kısa cümleler, her cümlede tek fikir.

## Ortak yanıt seçenekleri

opt-yes = Evet
opt-no = Hayır
opt-not-sure = Emin değilim
opt-prefer-not = Söylemek istemiyorum
opt-dont-know = Bilmiyorum
opt-other = Diğer
opt-none = Bunların hiçbiri

## Prosedür

q-decision-when = Sığınma başvurunuzu reddeden mektupta hangi tarih yazıyor?
    .short = Kararın tarihi
    .why = Bazı süreler bu tarihten itibaren sayılır. Mektubun size ulaştığı günü değil, mektupta yazan tarihi girin.
q-decision-when-opt-lt-1w = 1 haftadan az önce
q-decision-when-opt-w1-4 = 1 ila 4 hafta önce
q-decision-when-opt-m1-3 = 1 ila 3 ay önce
q-decision-when-opt-gt-3m = 3 aydan fazla önce

q-appeal = Siz veya avukatınız karara itiraz ettiniz mi?
    .short = İtiraz
    .why = Mahkemeye itiraz, bundan sonra olacakları değiştirebilir.
q-appeal-opt-not-yet = Hayır, henüz değil
q-appeal-opt-running = Evet, mahkeme henüz karar vermedi
q-appeal-opt-lost = Evet, mahkeme "hayır" dedi

q-appeal-term = Mektubunuz itiraz için size ne kadar süre veriyor?
    .short = İtiraz süresi
    .why = İtiraz süresi kısadır. Sürenin ne kadar olduğu mektubunuzda yazar.
q-appeal-term-opt-one-week = 10 gün veya daha az (örneğin 1 hafta)
q-appeal-term-opt-four-weeks = 2 hafta veya daha fazla (örneğin 4 hafta)

q-dublin = Mektupta, başvurunuzla başka bir Avrupa ülkesinin ilgilenmesi gerektiği yazıyor mu?
    .short = Sorumlu olan başka bir Avrupa ülkesi (Dublin)
    .why = O zaman başka kurallar ve başka süreler geçerli olur.

q-departure = Size Hollanda'dan ayrılmanız için süre verildi (ayrılma süresi). Bu süre hâlâ devam ediyor mu?
    .short = Ayrılma süresi
    .why = Bu süre bitince, kaldığınız yerdeki barınma da çoğu zaman biter.
q-departure-opt-running = Evet, hâlâ devam ediyor
q-departure-opt-ended = Hayır, bitti
q-departure-opt-zero-days = Hemen ayrılmam gerekiyordu (0 gün)

q-entry-ban = Size giriş yasağı verildi mi?
    .short = Giriş yasağı
    .why = Giriş yasağı, birkaç yıl boyunca Avrupa'ya geri gelemeyeceğiniz anlamına gelir.

q-dtv-contact = DT&V ile ayrılma hakkında görüşmeler yaptınız mı? (DT&V, Hollanda devletinin geri dönüş hizmetidir.)
    .short = DT&V ile görüşmeler
    .why = Bu görüşmeler, kalmanın bazı yolları için önemlidir.
q-dtv-contact-opt-several = Evet, birkaç kez
q-dtv-contact-opt-once = Evet, bir kez

q-reception = Şu anda nerede uyuyorsunuz?
    .short = Uyuduğunuz yer
    .why = Uyumak için güvenli bir yeriniz olup olmadığını bilmek istiyoruz.
q-reception-opt-coa = Bir COA merkezinde (sığınmacı kabul merkezi)
q-reception-opt-vbl = Ter Apel'deki ayrılma merkezinde (VBL)
q-reception-opt-family-location = Bir aile merkezinde
q-reception-opt-municipal = Belediyenin gece barınağında
q-reception-opt-friends = Arkadaşlarımın veya ailemin yanında
q-reception-opt-street = Sokakta ya da sabit bir yerim yok

## Geri dönme korkusu

q-fear = Ülkenize geri dönerseniz başınıza gelecekten korkuyor musunuz?
    .short = Geri dönme korkusu
    .why = Hiç kimse tehlikeye geri gönderilmemeli. Yanıtınız, önce neyi göstereceğimizi belirler.

q-fear-of = Sizi korkutan nedir? Birden fazla seçebilirsiniz.
    .short = Korktuğunuz şey
    .why = Bu, bir danışmanın hikâyenize yeniden bakmasına yardımcı olur.
q-fear-of-opt-persecution = Zulüm görmekten, örneğin inançlarım, kökenim veya kim olduğum yüzünden
q-fear-of-opt-inhuman = İşkence görmekten veya acımasız davranılmaktan
q-fear-of-opt-authorities = Polisten, ordudan veya devletten
q-fear-of-opt-group = Bir gruptan, bir çeteden veya bir aileden
q-fear-of-opt-war = Bölgemdeki savaştan veya şiddetten

q-understood = Sığınma hikâyenizin anlaşıldığını düşünüyor musunuz?
    .short = Hikâyenizin anlaşılıp anlaşılmadığı
    .why = Anlaşılmadıysa, hikâyenize yeniden bakmak yardımcı olabilir.
q-understood-opt-partly = Kısmen

q-new-facts = Karardan sonra bir şey değişti mi? Birden fazla seçebilirsiniz.
    .short = Karardan sonra ne değişti
    .why = Yeni bilgiler, yeni bir başvuru için neden olabilir.
q-new-facts-opt-country-changed = Ülkemdeki durum daha kötü oldu
q-new-facts-opt-lgbti = Artık lezbiyen, gey, biseksüel, trans veya interseks olduğumu söyleyebiliyorum
q-new-facts-opt-conversion = Dinimi değiştirdim
q-new-facts-opt-political = Siyasi olarak aktif oldum
q-new-facts-opt-documents = Yeni belgelerim var
q-new-facts-opt-witnesses = Yeni tanıklar buldum

## Sağlık ve güvenlik

q-health = Bunlardan biri şu anda sizin için doğru mu? Birden fazla seçebilirsiniz.
    .short = Sağlık
    .why = Hastalık veya hamilelik, ayrılışı ertelemek için bir neden olabilir.
q-health-opt-serious-illness = Ciddi bir hastalığım var ve tedavi görüyorum
q-health-opt-pregnant = Hamileyim
q-health-opt-tb = Verem (TB) tedavisi görüyorum
q-health-opt-mental = Çok stres, korku veya üzüntü yaşıyorum

q-doctor = İhtiyacınız olduğunda doktora gidebiliyor musunuz?
    .short = Doktora erişim
    .why = Hollanda'da herkesin gerekli tıbbi bakım hakkı vardır.

q-crisis = Bazen hayatınıza son vermeyi düşünüyor musunuz?
    .short = Hayatınıza son verme düşünceleri
    .why = Düşünüyorsanız, şimdi, gece gündüz nereden yardım alabileceğinizi gösteririz.
q-crisis-opt-often = Evet, sık sık
q-crisis-opt-sometimes = Evet, bazen

q-unsafe-now = Şu anda bulunduğunuz yerde kendinizi güvensiz hissediyor musunuz?
    .short = Şu anda güvensiz hissetmek
    .why = Sizin güvenliğiniz önce gelir.

q-trafficking = Biri size bunlardan birini yaptı mı? Birden fazla seçebilirsiniz.
    .short = Sömürü belirtileri
    .why = İnsan ticareti mağdurlarının Hollanda'da özel hakları vardır.
q-trafficking-opt-debt = Beni ödeyemeyeceğim bir borcu ödemeye zorladı
q-trafficking-opt-forced-work = Beni çalışmaya veya istemediğim şeyleri yapmaya zorladı
q-trafficking-opt-documents-taken = Pasaportumu veya belgelerimi aldı
q-trafficking-opt-controlled = Nereye gideceğime ve kimi göreceğime o karar veriyor

## Aile

q-children = Hollanda'da yanınızda 18 yaşından küçük çocuklarınız var mı?
    .short = Yanınızdaki çocuklar
    .why = Çocukların kendi hakları vardır, örneğin barınma ve okul hakkı.

q-school = Çocuklarınız okula gidiyor mu?
    .short = Okul
    .why = 5 yaşından itibaren her çocuk okula gitmek zorundadır. Belgesi olsun ya da olmasın.
q-school-opt-some = Bazıları gidiyor
q-school-opt-too-young = 5 yaşından küçükler

q-family-nl = Hollanda'da Hollanda pasaportu veya oturma izni olan aileniz var mı? Birden fazla seçebilirsiniz.
    .short = Hollanda'daki aileniz
    .why = Aile bağları, kalma hakkı sağlayabilir.
q-family-nl-opt-dutch-child = Hollanda pasaportu olan bir çocuk
q-family-nl-opt-partner = Bir eş veya partner
q-family-nl-opt-other-family = Başka aile üyeleri

## Belgeler ve ülke

q-documents = Pasaportunuz veya başka bir seyahat belgeniz var mı?
    .short = Seyahat belgesi
    .why = Bu, her seçenek için önemlidir: kalmak, beklemek veya geri dönmek.
q-documents-opt-valid = Evet, hâlâ geçerli
q-documents-opt-expired = Evet, ama süresi doldu
q-documents-opt-no-document = Hayır
q-documents-opt-held = Hollanda makamlarında

q-embassy = Ülkenizin büyükelçiliğinden seyahat belgesi istediniz mi?
    .short = Büyükelçilikle iletişim
    .why = Ülkeniz sizi içeri almıyorsa, kalmanın bir yolu olabilir.
q-embassy-opt-refused = Evet, ama "hayır" dediler
q-embassy-opt-no-answer = Evet, ama cevap vermediler
q-embassy-opt-in-progress = Evet, cevap bekliyorum
q-embassy-opt-not-tried = Hayır, henüz değil

q-nationality = Herhangi bir ülke sizi kendi vatandaşı olarak görüyor mu?
    .short = Vatandaşlık
    .why = Vatandaşlığı olmayan kişilerin (vatansızların) başka hakları olabilir.
q-nationality-opt-one-country = Evet
q-nationality-opt-stateless = Hayır, vatansızım
q-nationality-opt-unsure = Emin değilim

q-country = Hangi ülkeden geliyorsunuz?
    .short = Ülke
    .why = Yardım ve güvenlik ülkeden ülkeye değişir.

## Ne istiyorsunuz

q-wants = Şimdi ne yapmak istersiniz?
    .short = Şimdi ne istiyorsunuz
    .why = İsteğinize uygun desteği gösteririz. Kararı siz verirsiniz.
q-wants-opt-stay = Hollanda'da kalmayı denemek istiyorum
q-wants-opt-unsure = Henüz bilmiyorum
q-wants-opt-talk = Önce biriyle konuşmak istiyorum
q-wants-opt-return-thinking = Geri dönmeyi düşünüyorum
q-wants-opt-return-decided = Geri dönmeye karar verdim

q-new-start = Yeni bir başlangıç yapmanıza ne yardımcı olur? Birden fazla seçebilirsiniz.
    .short = Yeni bir başlangıca ne yardımcı olur
    .why = Dönüşten sonraki destek buna göre planlanabilir.
q-new-start-opt-work = İş
q-new-start-opt-business = Küçük bir iş kurmak
q-new-start-opt-education = Eğitim veya kurs
q-new-start-opt-housing = Yaşayacak bir yer
q-new-start-opt-medical = Tıbbi bakım
q-new-start-opt-family = Ailemle iletişim

q-family-origin = Ülkenizde size yardım edebilecek aileniz veya arkadaşlarınız var mı?
    .short = Ülkenizdeki aileniz veya arkadaşlarınız
    .why = Dönüşten sonraki destek, onlarla yeniden iletişim kurmayı da içerebilir.

q-past-return = Son 5 yılda IOM veya devlet daha önce geri dönmenize yardım etti mi?
    .short = Daha önce dönüş yardımı
    .why = Bu, IOM'un verebileceği yardım için önemli olabilir.

q-can-pay = Yolculuğun parasını kendiniz ödeyebilir misiniz?
    .short = Yolculuğun ödenmesi
    .why = Ödeyemiyorsanız, yolculuğun parası sizin için ödenebilir.

## Acil notlar

urgent-crisis = Bunu tek başınıza taşımak zorunda değilsiniz
    .what = Şimdi biriyle konuşun. 113 Zelfmoordpreventie ücretsiz ve anonimdir. Gece gündüz açıktır.
    .next = 113'ü arayın (ücretsiz) veya 113.nl'de yazışın. Bunu VluchtelingenWerk'ten bir danışmana da anlatabilirsiniz.
urgent-unsafe = Sizin güvenliğiniz önce gelir
    .what = Şu anda tehlikedeyseniz 112'yi arayın.
    .next = Yapabiliyorsanız güvenli bir yere gidin. Olanları VluchtelingenWerk danışmanına anlatın.
urgent-appeal-short = İtiraz süreniz kısa
    .what = Mektubunuzda karar tarihinden itibaren kaç gününüz olduğu yazar. 12 Haziran 2026'dan beri bu süre eskisinden kısa olabilir. İtiraz size hiçbir şeye mal olmaz.
    .next = Bugün bir avukata başvurun. Avukatınız yoksa, VluchtelingenWerk bir avukat bulmanıza yardım edebilir.
urgent-appeal-long = İtiraz sürenizi kontrol edin
    .what = Mektubunuzda karar tarihinden itibaren ne kadar süreniz olduğu yazar. 12 Haziran 2026'dan beri bu süre eskisinden kısa olabilir. İtiraz size hiçbir şeye mal olmaz.
    .next = Şimdi bir avukatla iletişime geçin. Avukatınız yoksa VluchtelingenWerk bulmanıza yardım edebilir.
urgent-departure-running = Ayrılma süreniz devam ediyor
    .what = Karar size ayrılmak için süre verdi, çoğu zaman 28 gün. İtiraz etmediyseniz ya da itirazınız sınır dışı edilmeyi durdurmuyorsa bu süre karar tarihinden itibaren sayılır. Aksi hâlde mahkeme kararından, ya da daha önce gelirse geçici tedbir kararından itibaren sayılır. Bu süre boyunca COA'nın barınma hizmeti genellikle devam eder.
    .next = Bu süre bitmeden önce seçenekleriniz hakkında VluchtelingenWerk ile konuşun.
urgent-departure-over = Ayrılma süreniz bitti
    .what = Barınma sona erebilir ve ayrılmanız istenebilir. Zamanında ayrılmazsanız Avrupa'ya 5 yıla kadar, suçlardan sonra daha uzun bir giriş yasağı alabilirsiniz.
    .next = Haklarınız ve seçenekleriniz hakkında kısa süre içinde VluchtelingenWerk veya bir avukatla konuşun.
urgent-dublin = Başka bir Avrupa ülkesi sorumlu olabilir
    .what = 1 Temmuz 2026'dan itibaren bu konuda yeni AB kuralları geçerlidir. Başvurunuz 1 Temmuz 2026'dan önce kaydedildiyse, hangi ülkenin sorumlu olduğuna hâlâ eski Dublin kuralları karar verir. Belirli süreler geçerli olabilir.
    .next = Sizin için hangi kuralların ve tarihlerin geçerli olduğunu VluchtelingenWerk'e veya avukatınıza sorun.
urgent-trafficking = İnsan ticareti mağduru olabilirsiniz
    .what = İnsan ticareti mağduru olduğunuza dair işaretler varsa, polis size düşünmek için 3 aya kadar süre vermelidir. Bu süre içinde gönderilmezsiniz.
    .next = CoMensha veya VluchtelingenWerk ile iletişime geçin. Polise şikâyette bulunursanız (aangifte), bu aynı zamanda bir izin başvurusu sayılır. İzin, ceza soruşturması sürdüğü sürece geçerlidir.
urgent-shelter-family = Çocuklu ailelerin barınma hakkı vardır
    .what = 18 yaşından küçük çocukları olan aileler bir aile merkezine gidebilir.
    .next = Barınma ayarlamanız için bugün VluchtelingenWerk'ten yardım isteyin.
urgent-shelter = Uyumak için güvenli bir yer
    .what = Bazı şehirler hâlâ gece barınağı sunuyor, ama hepsi değil. Kurallar şehirden şehre değişir.
    .next = Hangi barınağın size açık olduğunu VluchtelingenWerk'e veya ROS'a sorun.
urgent-medical = Tıbbi bakım hakkınız var
    .what = Herkes doktora gidebilir, kâğıtları olmayanlar da. Bakım her zaman ücretsiz değildir. Ödeyemezseniz, doktor masrafları CAK'tan talep edebilir. Her hastane veya eczane CAK ile çalışmaz.
    .next = Bir aile doktoruna (pratisyen hekim) gidin. Dokters van de Wereld bir aile doktoru bulmanıza yardım edebilir.
urgent-school = Okul her çocuğa açıktır
    .what = Hollanda'daki her çocuğun, kâğıtları olmasa da okula gitme hakkı vardır. 5 yaşından itibaren çocuk okula gitmek zorundadır.
    .next = Okul bulmanıza yardım etmeleri için VluchtelingenWerk'e veya belediyeye başvurun.

## Yollar

route-conversation = Karar hakkında bir görüşme
    .what = Bir VluchtelingenWerk danışmanı sizi dinler. Kararı ve sorularınızı birlikte incelersiniz. Danışman size ikinci bir görüş verebilir.
    .next = VluchtelingenWerk'ten randevu alın. Mektuplarınızı yanınızda getirebilirsiniz.
route-flight-story = Sığınma hikâyenize ikinci bir bakış
    .what = Bir danışman hikâyenizi sizinle birlikte yeniden gözden geçirir (kaçış hikâyesi analizi). Bu, tehlikeye geri gönderilmediğinizden emin olmaya yardım eder. Kararı anlamanıza ve kabullenmenize de yardımcı olabilir.
    .next = VluchtelingenWerk'ten bir kaçış hikâyesi analizi isteyin. Varsa kararınızı ve görüşme tutanaklarınızı getirin.
route-legal-check = Kalma veya ayrılışı erteleme seçeneklerinizin kontrolü
    .what = VluchtelingenWerk ve bir avukat, kalmanın ya da daha sonra ayrılmanın bir yolu olup olmadığına bakar.
    .next = VluchtelingenWerk'ten bir kontrol isteyin. Yeni bir prosedür başlatmadan önce bir avukatla konuşun.
route-reintegration = Dönüşten sonra hayatınızı yeniden kurmanız için destek (ERSO)
    .what = Kendiniz geri dönmeye karar verirseniz, VluchtelingenWerk dönüşünüzü ülkenizdeki bir ortak kuruluşla birlikte hazırlayabilir. Birlikte bir plan yaparsınız. Örneğin iş, küçük bir işletme, okul veya konut için. Destek bir yıla kadar sürebilir.
    .next = Ülkenizde bir ortak kuruluş olup olmadığını VluchtelingenWerk'e sorun. Karar vermek için acele etmeyin. Fikrinizi değiştirebilirsiniz.
route-iom = IOM yardımıyla geri dönüş
    .what = IOM bileti ayarlayabilir, seyahat belgelerinde ve varışta yardım edebilir. Bazen yeniden başlamak için ek destek vardır. Görüşmeler gizlidir.
    .next = IOM ile iletişime geçin veya VluchtelingenWerk'e sorun. IOM, koşullarını karşılayıp karşılamadığınızı kontrol eder.
route-return-orgs = Geri dönüşe yardım eden diğer kuruluşlar
    .what = Bazı kuruluşlar kurslar veya geri dönüşten sonra işe başlamak için alet takımı sunar.
    .next = Size en uygun kuruluşun hangisi olduğunu VluchtelingenWerk'e sorun.

## Bir yol içindeki noktalar

point-higher-appeal = Mahkeme "hayır" dedi. Danıştay'a (Raad van State) üst itiraz mümkün olabilir. Bunun için süre kısadır.
point-new-application = Yeni bilgiler, yeni bir sığınma başvurusu için neden olabilir. Önce bir avukatla konuşun.
point-no-fault = Ülkeniz sizi kabul etmiyorsa, belki "kusursuzluk" izni (buitenschuldvergunning) alabilirsiniz. Önce DT&V'den ayrılmanıza yardım etmesini isteyin. Bu sizin kusurunuz olmadan başarısız olursa, DT&V IND'ye izni vermesini tavsiye edebilir. Kimliğiniz ve vatandaşlığınız açık olmalıdır. Bu izni almak zordur.
point-medical-postponement = Siz ya da bir aile üyeniz yolculuk edemeyecek kadar hastaysanız, ayrılış ertelenebilir (madde 64). Bunu siz ya da avukatınız IND'den istemelidir; hamilelik veya verem tedavisinde de.
point-statelessness = Hiçbir vatandaşlığınız yoksa, Lahey'deki mahkeme vatansız olduğunuzu belirleyebilir. Bunun için bir avukata ihtiyacınız var ve mahkeme harcı ödenir.
point-family-ties = Hollandalı bir çocuğa bakan bir ebeveynin ya da burada yakın ailesi olan birinin kalma hakkı olabilir.
point-trafficking-permit = İnsan ticareti mağdurları düşünme süresi ve bazen oturma izni alabilir.
point-erso-partner = Geçmişte bu ülkede bir ortak kuruluş vardı. Şimdi olup olmadığını VluchtelingenWerk size söyleyebilir.
point-new-start-plan = Planınıza, size yardımcı olacağını söylediğiniz şeyler dahil edilebilir.
point-family-support = Planınıza, ailenizle veya arkadaşlarınızla yeniden iletişim kurmak da dahil edilebilir.
point-iom-caveat = IOM bu ülkeye dönüşte yardım edemeyebilir. IOM'a veya VluchtelingenWerk'e sorun.
point-iom-past-return = Son 5 yılda dönüş yardımı aldıysanız, IOM size yeniden yardım edemeyebilir. IOM'a ya da VluchtelingenWerk'e sorun.
point-iom-ticket = IOM yolculuğun parasını yalnızca siz ödeyemiyorsanız öder. IOM'a ya da VluchtelingenWerk'e sorun.

## Yönlendirme rehberi

ref-vwn = VluchtelingenWerk Nederland
    .offer = Ücretsiz ve bağımsız danışmanlık, sizi dinleyen biri, ikinci bir görüş, hukuki sorularda ve geri dönüşte yardım.
    .how = VluchtelingenWerk her sığınmacı merkezinde (azc) çalışır: oradaki çalışanlarına sorun. Aksi halde web sitesine gidin.
ref-lawyer = Bir avukat (Raad voor Rechtsbijstand aracılığıyla)
    .offer = İltica davaları için bir avukat, Raad voor Rechtsbijstand aracılığıyla.
    .how = VluchtelingenWerk bir avukat bulmanıza yardım edebilir.
ref-erso = ERSO ağı
    .offer = Menşe ülkelerde, insanların hayatlarını yeniden kurmalarına yardım eden ortak kuruluşlar.
    .how = VluchtelingenWerk'e sorun. Ortak kuruluşla sizin için onlar iletişime geçer.
ref-iom = IOM Hollanda
    .offer = Gönüllü geri dönüşte yardım: bilet, seyahat belgeleri, varışta yardım ve bazen yeniden başlamak için destek.
    .how = IOM ile web sitesi üzerinden iletişime geçin veya VluchtelingenWerk'e sorun.
ref-ros = ROS Rotterdam
    .offer = Hukuki kontrol, tıbbi bakıma erişim, acil barınma ve geleceğiniz hakkında düşünmek için yardım.
    .how = Sizi onlarla tanıştırmasını VluchtelingenWerk'ten isteyin.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Dönüşten sonra çalışmaya başlamak için kurslar ve bir alet seti.
    .how = Sizi onlarla tanıştırmasını VluchtelingenWerk'ten isteyin.
ref-comensha = CoMensha
    .offer = İnsan ticareti mağdurları için ulusal merkez.
    .how = CoMensha ile web sitesi üzerinden iletişime geçin veya VluchtelingenWerk'e sorun.
ref-line113 = 113 Zelfmoordpreventie
    .offer = Hayatınıza son verme düşünceleri hakkında biriyle konuşun. Ücretsiz, anonim, gece gündüz.
    .how = Arayın veya yazışın.
ref-emergency112 = Acil durum numarası 112
    .offer = Acil bir durumda polis, ambulans ve itfaiye.
    .how = 112'yi arayın.
ref-dvdw = Dokters van de Wereld
    .offer = Bir aile doktoru bulmak ve belgesiz tıbbi bakım almak için yardım.
    .how = Web sitesine gidin veya VluchtelingenWerk'e sorun.
ref-cak = CAK düzenlemesi
    .offer = Siz ödeyemediğinizde doktorlara ve hastanelere bu düzenleme üzerinden ödeme yapılır.
    .how = Sizin bir şey yapmanız gerekmez. Doktora sigortanız olmadığını söyleyin.
