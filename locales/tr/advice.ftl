# Advice text for issue 13, Turkish. See locales/en/advice.ftl.

## New questions

q-lawyer = İltica davanız için bir avukatınız var mı?
    .short = Avukat
    .why = Bir avukat seçeneklerinizi kontrol edebilir ve mahkemede size yardım edebilir.
q-detention = Şu anda gözaltında mısınız?
    .short = Gözaltı
    .why = Gözaltında avukat hakkınız vardır. O zaman hızlı yardım önemlidir.
q-minor-alone = 18 yaşından küçük müsünüz ve Hollanda'da anne babanız olmadan mı bulunuyorsunuz?
    .short = Ailesiz 18 yaş altı
    .why = Yalnız çocuklara bir vasi atanır. Onların kendi hakları vardır.
q-child-stateless = Çocuklarınızdan biri Hollanda'da vatansız olarak mı doğdu?
    .short = Burada vatansız doğan çocuk
    .why = Böyle bir çocuk belki Hollanda vatandaşı olabilir.
q-new-start-opt-travel-only = Sadece yolculuk ve yol belgeleri için yardım

## New urgent notes

urgent-detention = Gözaltı: şimdi hukuki yardım alın
    .what = Size bir avukat ve bir tercüman verilir. Avukatınız mahkemeye itiraz edebilir. Mahkeme gözaltınızın hukuka uygun olup olmadığını kontrol eder.
    .next = Bugün avukatınızı isteyin. VluchtelingenWerk avukata ulaşmanıza yardım edebilir.
urgent-appeal-unknown = İtiraz sürenizi bugün kontrol edin
    .what = Mektubunuzda ne kadar süreniz olduğu yazar. 12 Haziran 2026'dan beri bu süre eskisinden kısa olabilir: bazen sadece birkaç gün. İtiraz size hiçbir şeye mal olmaz.
    .next = Mektubu okuyun ya da bugün bir avukata veya VluchtelingenWerk'e sorun. Öğrenene kadar en kısa süreyi esas alın.
urgent-appeal-late = İtiraz süresi büyük ihtimalle geçti
    .what = İtiraz süresi karar tarihinden itibaren sayılır ve en fazla 1 aydır. Bazen geç yapılan itiraz yine de kabul edilir.
    .next = Bugün bir avukatla iletişime geçin. Avukat neyin hâlâ mümkün olduğuna bakabilir.
urgent-interim-measure = Hemen ayrılmanız gerekiyordu ve belki bir itiraz sürüyor
    .what = 0 günlük sürede itiraz, sınır dışı edilmenizi durdurmayabilir. Mahkemeden kararını burada beklemenize izin vermesini isteyebilirsiniz.
    .next = Avukatınızdan bugün geçici tedbir (voorlopige voorziening) istemesini isteyin.
urgent-no-lawyer = Bir avukat alabilirsiniz
    .what = İltica davalarında avukatları Raad voor Rechtsbijstand ayarlar. Bir şey ödemeniz gerekip gerekmediğini sorun.
    .next = Avukat bulmak için VluchtelingenWerk'ten yardım isteyin. Bunu yakında yapın.
urgent-minor-alone = Yalnız çocukların bir vasisi vardır: Nidos
    .what = 18 yaşından küçükseniz ve burada anne babanız yoksa, vasiniz Nidos'tur. Vasiniz her kararda size yardım eder.
    .next = Nidos'taki vasinizle iletişime geçin. VluchtelingenWerk bunda size yardım edebilir.
urgent-departure-unknown = Ayrılma sürenizin hâlâ devam edip etmediğini öğrenin
    .what = Mektubunuzda ayrılmak için ne kadar süreniz olduğu yazar: çoğu zaman 28 gün, bazen 0 gün. İtiraz etmediyseniz ya da itirazınız sınır dışı edilmeyi durdurmuyorsa süre karar tarihinden itibaren sayılır. Aksi hâlde mahkeme kararından itibaren sayılır.
    .next = VluchtelingenWerk'ten ya da avukatınızdan mektubu sizinle birlikte okumasını isteyin.

## New points

point-stress-support = Ret kararından sonra stres, korku ya da üzüntü sık görülür. Bir doktor sizi psikolojik yardıma yönlendirebilir.
point-before-you-decide = Karar vermeden önce bir danışmanla konuşun. Sizi dinler ve fikrinizi her zaman değiştirebilirsiniz.
point-options-to-stay = Geri dönmek isteseniz bile kalma seçeneklerinizi bilmek iyidir. İnceleme ücretsizdir.
point-no-fault-dtv = Henüz DT&V ile görüşmediniz. Bu izin için önce DT&V'den ayrılmak için yardım istemelisiniz.
point-child-stateless = Hollanda'da doğmuş vatansız bir çocuk bazen Hollandalı olabilir. Koşullar katıdır: bir avukat bunları kontrol etmelidir.
point-erso-refer = Bu ülkede bilinen bir ortak kuruluş yok. O zaman VluchtelingenWerk sizi IOM'a ya da başka bir geri dönüş kuruluşuna yönlendirir.
point-iom-withdraw = IOM ile ayrılırsanız bir beyan imzalarsınız. Bununla Hollanda'da hâlâ süren işlemleriniz sona erer. O zamana kadar fikrinizi değiştirebilirsiniz.
point-iom-excluded = IOM bazı uyruklardan kişilere yardım etmez, örneğin AB ülkelerinden ve bazı çok zengin ülkelerden. IOM'a ya da VluchtelingenWerk'e sorun.
point-iom-documents = IOM yol belgesi almanıza yardım edebilir.
point-iom-visa-free = Ülkenizden gelen kişilerin Hollanda'yı ziyaret etmek için vizeye ihtiyacı yok. IOM yolculukta yine de yardım edebilir, ama yeniden başlamak için ek destek size açık değil. IOM'a ya da VluchtelingenWerk'e sorun.
point-iom-own-ticket = Yolculuğu kendiniz ödeyebiliyorsunuz. O zaman IOM bileti ödemez, ama başka yollarla yardım edebilir. IOM'a ya da VluchtelingenWerk'e sorun.
point-trafficking-if-ever = Bir gün biri sizi çalışmaya zorlarsa, belgelerinizi elinizden alırsa ya da ona borçlu olduğunuzu söylerse, yardım alabilirsiniz. CoMensha (comensha.nl) ya da VluchtelingenWerk ile iletişime geçin.
point-minor-alone-if-ever = Hollanda'da anne babası olmadan bulunan 18 yaşından küçük çocukların Nidos'ta bir vasisi vardır. Bu sizin için geçerliyse, VluchtelingenWerk Nidos'a ulaşmanıza yardım edebilir.
point-reintegration-visa-free = Ülkenizden gelen kişilerin Hollanda'yı ziyaret etmek için vizeye ihtiyacı yok. Bu yüzden Hollanda hükümetinin ödediği yeniden uyum desteği size açık değil. Bu, VluchtelingenWerk, diğer kuruluşlar ve IOM için geçerlidir. VluchtelingenWerk yine de sizinle dönüşünüz hakkında konuşabilir.
point-reintegration-past-return = Son 5 yılda dönüş yardımı aldıysanız, bu destek genellikle size yeniden açık değildir. VluchtelingenWerk hâlâ neyin mümkün olduğunu size söyleyebilir.
point-return-orgs-not-open = Bu kuruluşlar yeniden uyum desteği için Hollanda hükümetinin kurallarına uyar. Cevaplarınıza göre, onların desteği size açık olmayabilir. VluchtelingenWerk'e sorun.
point-iom-dublin = İltica başvurunuzdan başka bir Avrupa ülkesi sorumlu olabilir (Dublin). O zaman IOM'un dönüşünüze yardım edip edemeyeceği belli değil. IOM'a ya da avukatınıza sorun.
point-iom-ukraine = IOM, 2017'de Ukraynalılara geri dönüş desteğini durdurdu. Bunun hâlâ geçerli olup olmadığı bilinmiyor. IOM'a ya da VluchtelingenWerk'e sorun.

## Deadlines

deadline-appeal-1w = İtiraz için 1 haftanız varsa, son gün { $date }.
    .passed = Bu tarih geçti. Bugün bir avukatla iletişime geçin: bazen geç itiraz hâlâ mümkündür.
    .between = İtiraz için 1 haftanız varsa, son gün { $from } ile { $to } arasındadır.
    .unsure = Son gün geçmiş olabilir. Bugün bir avukatla iletişime geçin.
    .gone = İtiraz için 1 haftanız vardıysa, bu süre büyük ihtimalle geçti. Bugün bir avukatla iletişime geçin: bazen geç itiraz hâlâ mümkündür.
    .unknown = İtiraz için 1 haftanız varsa, son gün karar tarihinden 1 hafta sonradır. Bu tarih mektubunuzda yazar.
deadline-appeal-4w = İtiraz için 4 haftanız varsa, son gün { $date }.
    .passed = Bu tarih geçti. Bugün bir avukatla iletişime geçin: bazen geç itiraz hâlâ mümkündür.
    .between = İtiraz için 4 haftanız varsa, son gün { $from } ile { $to } arasındadır.
    .unsure = Son gün geçmiş olabilir. Bugün bir avukatla iletişime geçin.
    .gone = İtiraz için 4 haftanız vardıysa, bu süre büyük ihtimalle geçti. Bugün bir avukatla iletişime geçin: bazen geç itiraz hâlâ mümkündür.
    .unknown = İtiraz için 4 haftanız varsa, son gün karar tarihinden 4 hafta sonradır. Bu tarih mektubunuzda yazar.
deadline-appeal-pact-5d = Kısa usul: itiraz için son gün { $date } kadar erken olabilir. Kesin gün mektubunuzda yazar.
    .passed = Bu mümkün olan en erken gün geçti. Şimdi mektubunuza bakın ve bugün bir avukatla iletişime geçin.
    .between = Kısa usul: itiraz için son gün { $from } ile { $to } arasındaki bir gün kadar erken olabilir. Kesin gün mektubunuzda yazar.
    .unsure = Son gün geçmiş olabilir. Bugün bir avukatla iletişime geçin.
    .gone = Kısa usul: itiraz süresi büyük ihtimalle geçti. Bugün bir avukatla iletişime geçin: bazen geç itiraz hâlâ mümkündür.
    .unknown = Kısa usul: itiraz için son gün karar tarihinden sadece 5 gün sonra olabilir. Kesin gün mektubunuzda yazar.
deadline-appeal-pact-2w = Diğer durumlar: itiraz için son gün { $date } kadar erken olabilir. Kesin gün mektubunuzda yazar.
    .passed = Bu mümkün olan en erken gün geçti. Şimdi mektubunuza bakın ve bugün bir avukatla iletişime geçin.
    .between = Diğer durumlar: itiraz için son gün { $from } ile { $to } arasındaki bir gün kadar erken olabilir. Kesin gün mektubunuzda yazar.
    .unsure = Son gün geçmiş olabilir. Bugün bir avukatla iletişime geçin.
    .gone = Diğer durumlar: itiraz süresi büyük ihtimalle geçti. Bugün bir avukatla iletişime geçin: bazen geç itiraz hâlâ mümkündür.
    .unknown = Diğer durumlar: itiraz için son gün karar tarihinden sadece 2 hafta sonra olabilir. Kesin gün mektubunuzda yazar.
deadline-departure = Ayrılma süreniz büyük ihtimalle { $date } tarihinde bitiyor. Mektubunuzdaki tarihi kontrol edin.
    .passed = Bu tarih geçti. Ayrılma süreniz büyük ihtimalle bitti. Haklarınızı şimdi VluchtelingenWerk'e sorun.
    .between = Ayrılma süreniz büyük ihtimalle { $from } ile { $to } arasındaki bir günde bitiyor. Mektubunuzdaki tarihi kontrol edin.
    .unsure = Ayrılma süreniz bitmiş olabilir. Haklarınızı şimdi VluchtelingenWerk'e sorun.
    .gone = Ayrılma süreniz büyük ihtimalle bitti. Haklarınızı şimdi VluchtelingenWerk'e sorun.
    .unknown = Ayrılma süreniz karar tarihinden 28 gün sonra biter. Bu tarih mektubunuzda yazar.
deadline-departure-no-suspend = İtiraz etmediyseniz ya da itirazınız sınır dışı edilmeyi durdurmuyorsa, ayrılma süreniz büyük ihtimalle { $date } tarihinde bitiyor. İtirazınız sınır dışı edilmeyi durduruyorsa, süre mahkeme kararından 28 gün sonra biter.
    .passed = Bu tarih geçti. O zaman ayrılma süreniz bitmiş olabilir. Haklarınızı şimdi VluchtelingenWerk'e veya avukatınıza sorun.
    .between = İtiraz etmediyseniz ya da itirazınız sınır dışı edilmeyi durdurmuyorsa, ayrılma süreniz büyük ihtimalle { $from } ile { $to } arasındaki bir günde bitiyor. İtirazınız sınır dışı edilmeyi durduruyorsa, süre mahkeme kararından 28 gün sonra biter.
    .unsure = O zaman ayrılma süreniz bitmiş olabilir. Haklarınızı şimdi VluchtelingenWerk'e veya avukatınıza sorun.
    .gone = İtiraz etmediyseniz ya da itirazınız sınır dışı edilmeyi durdurmuyorsa, ayrılma süreniz büyük ihtimalle bitti. İtirazınız sınır dışı edilmeyi durduruyorsa, süre mahkeme kararından 28 gün sonra biter. Şimdi VluchtelingenWerk'ten veya avukatınızdan yardım isteyin.
    .unknown = İtiraz etmediyseniz ya da itirazınız sınır dışı edilmeyi durdurmuyorsa, ayrılma süreniz karar tarihinden 28 gün sonra biter. Aksi hâlde mahkeme kararından 28 gün sonra biter. Tarihler mektuplarda yazar.

## Protection signals

signal-fear = Geri dönmekten korkmadığınızı söylemediniz.
signal-trafficking = Sömürü işaretlerinin hiçbirinin sizin için geçerli olmadığını söylemediniz.
signal-minor-alone = Belki 18 yaşından küçüksünüz ve burada anne babanız yok.

## Notice

notice-embassy-fear = Büyükelçiliğinizle iletişime geçmek zorunda değilsiniz. Ülkenizin yetkililerinden korkuyorsanız, bunu VluchtelingenWerk'e söyleyin.

## Result

advice-danger = Şu anda tehlikede misiniz? 112'yi arayın. Hayatınıza son vermeyi mi düşünüyorsunuz? Gece gündüz 113'ü arayın.
advice-confirm = Buradaki bazı bilgiler yayıncının kendi sayfasında kontrol edilemedi. VluchtelingenWerk'ten bunları doğrulamasını isteyin.
advice-confirm-card = VluchtelingenWerk'ten bunu doğrulamasını isteyin. Kurallar ve tarihler değişebilir.
advice-held-back = Şu anda önerilmiyor, çünkü:
advice-fact-source = Kaynak: { $publisher }, "{ $title }". { $checked } tarihinde kontrol edildi: { $url }

## Date field

date-readback = Girdiğiniz tarih: { $date }, { $ago }.
date-ago = { $days ->
    [0] bugün
    [1] dün
   *[other] { $days } gün önce
}
error-date-too-early = Bu tarih çok eski. Yılı ve gün ile ayın sırasını kontrol edin.

## Referral

ref-nidos = Nidos
    .offer = Hollanda'da anne babası olmadan bulunan 18 yaş altı çocukların vasisi.
    .how = Vasinize sorun ya da web sitesine gidin.

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = Kaynak: { $publisher }, "{ $title }", { $published }. { $checked } tarihinde kontrol edildi: { $url }
referral-through-vwn = VluchtelingenWerk aracılığıyla
result-links-note = Bir bağlantı başka bir web sitesini açar. Bu ziyaret bu telefonun tarayıcı geçmişinde kalır ve hızlı çıkış onu silemez. Her adres ayrıca yazılı olarak da verilir, böylece başka bir cihaza yazabilirsiniz.
info-checked-until = Bilgiler { $date } tarihine kadar kontrol edildi.
referral-vwn-shares = VluchtelingenWerk bağımsızdır ve zorla geri göndermeye katılmaz. Neyi not ettiklerini ve kime ilettiklerini sorun.
referral-lawyer-shares = Raad voor Rechtsbijstand avukatınıza ödeme yapar ve davanızın belgelerini alır. Avukatınıza başka neyi paylaştığını sorun.
referral-erso-shares = Ülkenizdeki bir ortak kuruluş planlarınızı öğrenir ve bir yıla kadar sizinle iletişimde kalır. Projeyi DT&V (hükümetin geri dönüş servisi) öder. Neyin iletildiğini sorun.
referral-iom-shares = IOM görüşmelerinizin gizli olduğunu söyler. IOM, geri dönüş programını DT&V (hükümetin geri dönüş servisi) için yürütür. Ayrılırken Hollanda'daki işlemlerinizi sona erdiren bir beyan imzalarsınız.
referral-ros-shares = ROS'un geri dönüş yardımını DT&V (hükümetin geri dönüş servisi) öder. DT&V'ye sizin hakkınızda ne söylediklerini sorun.
referral-wereldwijd-shares = WereldWijd'in geri dönüş yardımını DT&V (hükümetin geri dönüş servisi) öder. DT&V'ye sizin hakkınızda ne söylediklerini sorun.
referral-comensha-shares = CoMensha bildirilen her insan ticareti mağdurunu kaydeder. Rakamları yalnızca isimsiz olarak iletir.
referral-nidos-shares = Vasiniz olarak Nidos, yalnız bir çocuğun geri dönüşü hazırlanırken DT&V ve COA ile yakından çalışır.
referral-line113-shares = 113'ü isimsiz olarak arayabilir veya onunla yazışabilirsiniz.
referral-emergency112-shares = 112'ye yapılan aramalar kaydedilir. Görevli polis, itfaiye veya ambulans gönderir.
referral-dvdw-shares = Başkalarıyla neyi paylaştıklarını sorun.
referral-cak-shares = Faturayı siz değil, doktorunuz veya hastane bir devlet kurumu olan CAK'a gönderir.
