# Ülke bilgisi ve "Sakin sakin düşünmek", Türkçe.

## Ülke kartı

country-card-title = { $country } hakkında bilgi
country-card-intro = Bu ülkedeki durum hakkında bilinenler ve nereden geldikleri. Bu bir bilgidir, hukuki tavsiye değildir.
country-card-checked = Her bilginin yanında en son ne zaman kontrol ettiğimiz yazıyor. Durum değişebilir. En güncel bilgiyi VluchtelingenWerk bilir.
country-card-vwn-explains = VluchtelingenWerk bu belgelerin senin için ne anlama geldiğini açıklayabilir.
country-card-return-later = Dönüş için destek senin durumuna bağlıdır. Sorular veya VluchtelingenWerk sana daha fazlasını söyleyebilir.
country-card-checked-on = { $date } tarihinde kontrol edildi.
country-card-primary = Kaynak: yayıncının kendisi.
country-card-secondary = Kaynak: bir kopya veya özet. VluchtelingenWerk'ten doğrulamasını iste.
country-summary-include = Bu ülke bilgisini özete ekle
country-card-source = Bu bilgi nereden geliyor

country-sec-situation = Durumun resmî açıklamaları
country-sec-procedure = Bu ülke için Hollanda kuralları
country-sec-stay = Kalma olanakları
country-sec-return = Dönmeyi seçersen destek
country-sec-practical = Sorulacak pratik konular

country-kind-ambtsbericht = Hollanda Dışişleri Bakanlığı'nın ülke raporu (algemeen ambtsbericht)
country-kind-euaa-guidance = AB İltica Ajansı'nın ülke rehberi
country-kind-euaa-coi = AB İltica Ajansı'nın ülke raporları
country-kind-unhcr = BM Mülteci Ajansı UNHCR'ın tutumu
country-kind-safe-country = Hollanda'nın güvenli menşe ülkeleri listesi
country-kind-moratorium = Kararların ve zorla geri göndermenin durdurulması
country-kind-erso = Yeniden uyum ortağı (ERSO ağı)
country-kind-iom = IOM
country-kind-return-org = Diğer dönüş kuruluşları
country-kind-travel-documents = Büyükelçilikten seyahat belgesi

country-pub-bz = Hollanda Dışişleri Bakanlığı
country-pub-jenv = Hollanda Adalet ve Güvenlik Bakanlığı
country-pub-euaa = AB İltica Ajansı (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = bu projenin kaynak özeti

country-fact-doc = Bulduğumuz en yenisi: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Bulduğumuz en yenisi: { $publisher } tarafından bir rapor, { $date }. Tam başlığını görmedik.
country-fact-unknown = Bilmiyoruz. { $ask } kuruluşuna sor.
country-fact-safe-listed = Bulduğumuz { $date } tarihli listede var. Bu ülkelerden gelenler çoğu zaman daha hızlı bir işlemden geçer. Ayrılma süresi kısa olabilir, hatta 0 gün. İtirazın sonucu çoğu zaman Hollanda'da beklenemez. Kendi nedenlerin yine de önemlidir.
country-fact-safe-suspended = Bulduğumuz { $date } tarihli listede var. Ama bu şimdilik askıya alındı. Hızlı işlem bu ülke için kullanılmıyor.
country-fact-safe-not-listed = Bulduğumuz { $date } tarihli listede yok.
country-fact-moratorium-past = { $date } tarihinden itibaren Hollanda bu ülke için kararları ve zorla geri göndermeyi geçici olarak durdurdu. Bunun hâlâ geçerli olup olmadığını bilmiyoruz. VluchtelingenWerk'e sor.
country-fact-erso-past = Geçmiş projelerde ({ $years }) orada bir ortak kuruluş vardı. Şu anki ortağı VluchtelingenWerk doğrular.
country-fact-iom-limited = IOM şu anda bu ülkeye dönüşte yardım edemeyebilir. IOM'a veya VluchtelingenWerk'e sor.
country-fact-iom-basic = IOM'un temel dönüş programı yardımcı olabilir: bilet, seyahat belgeleri için yardım ve küçük bir para. Koşullar vardır. Bu ülke için geçerli olup olmadığını IOM'a sor.
country-fact-iom-visa-free = Bu ülkeden gelenlerin Avrupa'ya kısa ziyaretler için vizeye ihtiyacı yoktur. Bu yüzden IOM desteği geçerli olmayabilir. IOM'a sor.
country-fact-return-org-general = ROS ve WereldWijd gibi başka kuruluşlar da dönüşte yardım eder. Hangisinin bu ülkeyle çalıştığını VluchtelingenWerk'e sor.
country-fact-return-org = { $name } bu ülkeye dönüşte yardım eder. Önce VluchtelingenWerk'e bunu sor.

country-stay-check = Ret kararından sonra da kalma olanakları olabilir. VluchtelingenWerk ve bir avukatla yapılan hukuki kontrol bunlara bakar.
country-stay-points = Örneğin: yeni olgular, sağlığın, buradaki ailen veya seni kabul etmeyen bir ülke.

## Başlangıç ekranından bir ülke hakkında bilgi

country-info-open = Bir ülke hakkında bilgi
country-info-intro = Bir ülke seç. Hiçbir soruyu cevaplaman gerekmez. Hiçbir şey saklanmaz.
country-info-choose = Ülke
country-info-pick = Bir ülke seç
country-info-back = Başa dön

## Sakin sakin düşünmek

consider-open = Sakin sakin düşünmek
consider-intro = Seçimini kendi hızında tartman için sakin bir sayfa. Bu bir sınav değil. Doğru ya da yanlış cevap yok.
consider-how = Sadece aklından veya kâğıt üzerinde cevap ver. Uygulama hiçbir şey saklamaz.
consider-topic-safety = Orada güvende olur musun? Seni ne endişelendiriyor?
consider-topic-family-there = Orada yanında kim var? Aile, arkadaşlar?
consider-topic-family-here = Burada kimi geride bırakırsın?
consider-topic-housing = Nerede yaşardın?
consider-topic-income = Geçimini nasıl sağlardın?
consider-topic-health = Oradaki sağlığın ve ilaçların ne olur?
consider-topic-documents = İhtiyacın olan belgeler sende var mı?
consider-topic-support = Burada ve orada hangi desteği alabilirsin?
consider-topic-ask-first = Önce VluchtelingenWerk'ten ne duymak istersin?
consider-told = Bize anlattıkların:
consider-notes = Notların:
consider-change-mind = Fikrini her zaman değiştirebilirsin. IOM veya VluchtelingenWerk ile konuştuktan sonra da.
consider-valid = Şimdi dönmemeyi seçmek de kabul edilebilir bir seçimdir.
consider-print = Çalışma sayfası olarak yazdır
consider-print-lang = Çalışma sayfasında ikinci dil
consider-print-none = Sadece bu dil
consider-back = Sonuca dön
