# Arayüz metni, Türkçe. Cümleleri kısa ve sade tutun.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: ayrıl, dönüş, dönme, geri dön

app-name = Wegwijzer
skip-to-content = Soruya geç

## Başlangıç ekranı

start-title = Size uygun desteği bulun
start-intro = Sığınma başvurunuz reddedildi. Sorularınız, şüpheleriniz veya endişeleriniz olabilir. Birkaç kısa soruyu yanıtlayın. Sonra size hangi desteğin uygun olabileceğini ve nedenini görürsünüz.
start-privacy-title = Gizliliğiniz
start-privacy-1 = Yanıtlarınız bu cihazdan hiçbir yere gitmez.
start-privacy-2 = Siz kaydetmeyi seçmezseniz hiçbir şey saklanmaz.
start-privacy-3 = İstediğiniz an her şeyi silebilir veya bu sayfayı hızlıca kapatabilirsiniz.
start-limits = Bu araç, bu web sitesini ziyaret ettiğinizi gizleyemez. Tarayıcı geçmişinde görünür. Telefonu başkasıyla paylaşıyorsanız gizli pencere kullanın.
start-not-advice = Bu araç bilgi verir. Hukuki danışmanlık değildir. Karar vermeden önce mutlaka VluchtelingenWerk veya bir avukatla konuşun.
start-time = Yaklaşık 5 ila 10 dakika sürer. İstediğiniz hassas soruyu atlayabilirsiniz.
start-begin = Başla
start-resume = Kaydettiğim yerden devam et
start-mode-counsellor = Danışmanım, bir danışanın yanındayım
start-counsellor-lang = Danışman için dil
start-unreviewed = Bu çeviri henüz ana dili Türkçe olan biri tarafından kontrol edilmedi.
start-partly-reviewed = Bu çevirinin bir kısmı ana dili Türkçe olan biri tarafından kontrol edildi (yüzde { $percent }). Geri kalanı henüz kontrol edilmedi.
start-reviewed = Bu çeviri ana dili Türkçe olan biri tarafından kontrol edildi.

## Dil

language-label = Dil

## Soru ekranı

progress = Soru { $current } / yaklaşık { $total }
why-we-ask = Neden soruyoruz: { $why }
nav-back = Geri
nav-continue = Devam
nav-to-result = Sonucu gör
date-enter = Mektuptaki tarih
date-or = Ya da ne kadar zaman önce olduğunu seçin:
country-search = Ülkenizi aramak için yazın
country-none = Ülke bulunamadı. "Diğer" seçeneğini seçebilirsiniz.

error-title = Bir sorun var
error-empty = Devam etmek için bir yanıt seçin. "Söylemek istemiyorum" seçeneğini de seçebilirsiniz.
error-exclusive = "{ $option }" başka yanıtlarla birlikte seçilemez. Ya yalnızca bunu ya da yalnızca diğerlerini seçin.
error-future-date = Bu tarih gelecekte. Mektubunuzdaki tarihi yazın veya ne kadar zaman önce olduğunu seçin.
error-unknown-option = Bu yanıt mümkün değil. Gösterilen yanıtlardan birini seçin.

## Sonuç ekranı

result-title = Size uygun olabilecek destek
result-intro = Yanıtlarınıza göre hazırlandı. Ne yapacağınıza siz karar verirsiniz. Her seçenek aşağıda açıklanıyor.
result-not-advice = Bu bir bilgidir, hukuki danışmanlık değildir. Her şeyi VluchtelingenWerk veya bir avukatla kontrol edin.
result-urgent-title = Önce: acil konular
result-routes-title = Yanıtlarınıza uygun destek
result-other-title = Sorabileceğiniz diğer seçenekler
result-other-why = Cevaplarınız, geri dönüşün şu anda önerdiğimiz yol olmadığını gösteriyor. Her seçenekte nedeni yazıyor. Önce bir görüşme ve seçeneklerinizin kontrolü gelir. İsterseniz geri dönüşü yine de sorabilirsiniz.
because = Çünkü şunu söylediniz:
reason-general = Bu, başvurusu reddedilen herkese açıktır.
what-next = Ne yapabilirsiniz
whom-to-contact = Kime başvurabilirsiniz
points-title = Nelere bakılmalı:
referral-phone = Telefon: { $phone }
referral-web = Web sitesi: { $web }
referral-checked = { $date } tarihinde kontrol edildi. Bilgiler değişebilir: VluchtelingenWerk bunları doğrulayabilir.
result-restart = Yanıtlarımı değiştir
result-summary = Saklamak için bir özet hazırla

## Danışman görünümü

counsellor-rule = Kural: { $rule }
counsellor-answers = Bunun arkasındaki yanıtlar:
counsellor-check-title = Sırada neyi kontrol etmeli
counsellor-check-letter = Karar mektubunu okuyun: tarih, prosedür ve itiraz süresi.
counsellor-check-lawyer = Bir avukatın olup olmadığını ve ona ne zaman ulaşılabileceğini sorun.
counsellor-check-fear = Geri dönme korkusu için zaman ayırın. Bir kaçış hikâyesi analizi düşünün.
counsellor-check-urgent = Her şeyden önce yukarıdaki acil notlarla ilgilenin.

## Özet

summary-title = Özetiniz
summary-date = { $date } tarihinde hazırlandı
summary-include-answers = Yanıtlarımı da özette göster
summary-include-cards = Tam açıklamayı ve kaynakları da ekle (ek)
summary-dates-title = Önemli tarihler
summary-appendix-title = Ek
summary-answers-title = Yanıtlarınız
summary-print = Yazdır
summary-download = Dosya olarak kaydet
summary-back = Sonuca geri dön

## Kaydetme, devam etme ve aktarma

save-title = Bu cihaza kaydet
save-explain = Yanıtlarınız, sizin seçtiğiniz bir şifreyle kilitlenir. Şifre olmadan kimse onları okuyamaz. Siz de okuyamazsınız.
save-passphrase = Şifre (en az 8 karakter)
save-passphrase-again = Şifre tekrar
save-button = Kaydet
save-done = Bu cihaza kaydedildi.
save-replace-ask = Bu cihazda daha önce kaydedilmiş cevaplar var. Şimdi kaydederseniz onların yerine geçer ve önceki cevaplar silinir. Devam etmek için “Değiştir”e dokunun.
save-replace-button = Değiştir
save-unavailable = Bu tarayıcıda kaydetmek mümkün değil (örneğin gizli pencerede). Araç yine de çalışır.
save-too-short = Şifre çok kısa. En az 8 karakter kullanın.
save-mismatch = İki şifre aynı değil.
resume-title = Kaydettiğiniz yerden devam edin
resume-button = Aç
export-button = Dosyaya aktar (şifreyle kilitli)
export-done = Dosya oluşturuldu. Onu güvenli bir yerde saklayın.
import-button = Aktarılmış bir dosyayı aç

## Her zaman kullanılabilir

forget = Her şeyi unut
forget-confirm = Bu cihazdaki tüm yanıtlar ve kaydedilen her şey silinsin mi?
forget-yes = Evet, sil
forget-no = Hayır
forgotten = Bu cihazdaki her şey silindi.
quick-exit = Bu sayfayı kapat
quick-exit-hint = Ya da Esc tuşuna üç kez basın
timeout-warning = Bir süredir hiçbir şey yapmadınız. Bir dakika sonra yanıtlarınız silinecek.
timeout-stay = Hâlâ buradayım
timeout-done = Bir süre hiçbir şey olmadığı için yanıtlarınız silindi.
neutral-title = Sekmede dikkat çekmeyen bir başlık kullan

## Sesli okuma

read-aloud = Sesli oku
read-stop = Okumayı durdur
read-no-voice = Bu cihazda bu dil için bir ses yok.
