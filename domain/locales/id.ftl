# aduan — katalog Bahasa Indonesia (bahasa bawaan).
# Teks boleh memuat HTML sederhana (<b>, <i>, <code>, <a href>); nilai { $... } sudah di-escape.

## Sapaan dan menu
greeting-hello = Halo! 👋
greeting-hello-named = Halo, { $name }! 👋
greeting =
    Saya asisten layanan pengaduan dan informasi { $regency }.
    Tanyakan apa saja tentang layanan publik, atau sampaikan laporan Anda. Pilih menu di bawah, atau langsung ketik pertanyaan Anda.
draft-pending = ✏️ Anda masih punya laporan yang belum selesai. Lanjutkan dengan menjawab pertanyaan terakhir, atau ketik /batal untuk membatalkan.
menu-title = Apa yang bisa saya bantu?
menu-ask = ❓ Tanya
menu-complaint = 📢 Buat laporan
menu-info = 📄 Minta informasi publik
menu-status = 🔎 Cek status
menu-help = ℹ️ Bantuan
menu-language = 🌐 Bahasa
ask-prompt = Silakan ketik pertanyaan Anda, misalnya: <i>syarat membuat KTP</i> atau <i>jam buka puskesmas</i>.
help =
    <b>Cara memakai layanan ini</b>
    • Ketik pertanyaan biasa untuk mendapat jawaban.
    • /lapor — sampaikan pengaduan (bisa langsung: <code>/lapor jalan di depan pasar berlubang</code>)
    • /informasi — ajukan permohonan informasi publik (UU 14/2008)
    • /status — lihat laporan Anda; <code>/status ADU-2611-0042</code> untuk detail
    • /batal — batalkan isian yang sedang berjalan
    • /bahasa — ganti bahasa (Indonesia/English)
    Keadaan darurat (kebakaran, kecelakaan, kejahatan): hubungi <b>112</b>.
language-choose = Pilih bahasa / Choose a language:
language-set = Baik, saya akan memakai Bahasa Indonesia.
unknown-command = Perintah itu tidak saya kenal. Ketik /bantuan untuk daftar perintah.
nothing-to-cancel = Tidak ada isian yang sedang berjalan.
cancelled = Dibatalkan. Isian Anda tidak dikirim.
button-expired = Tombol ini sudah tidak berlaku. Silakan mulai lagi dari menu.
use-buttons = Silakan pilih dengan tombol di atas.
edited-ignored = Perubahan pada pesan yang sudah terkirim tidak saya proses. Silakan kirim pesan baru.
empty-message = Pesan Anda kosong. Silakan ketik pertanyaan atau pilih menu.
unsupported-content = Maaf, saya hanya bisa membaca teks, foto, dokumen, dan lokasi. Stiker, pesan suara, dan video belum bisa diproses — silakan tuliskan dalam bentuk teks.
media-outside-flow = Foto atau lokasi ini tidak sedang diminta. Untuk melapor dengan foto atau lokasi, mulai dengan /lapor.
processing-failed = Maaf, pesan Anda belum berhasil kami proses karena gangguan sistem. Pesan Anda tersimpan; silakan coba lagi beberapa saat lagi.
chat-id = ID chat ini: <code>{ $chat_id }</code>
chat-id-group = ID grup ini: <code>{ $chat_id }</code>
    Masukkan sebagai <code>staff_chat_id</code> instansi di berkas agencies, lalu jalankan ulang bot.
chat-id-registered = ID grup ini: <code>{ $chat_id }</code> — terdaftar sebagai { $roles }.
chat-role-staff = grup staf { $agency }
chat-role-ppid = chat PPID { $agency } (permohonan informasi publik)
chat-role-supervisors = grup supervisor (peringatan tiket terlambat dan ringkasan harian)
chat-role-superior = chat atasan PPID (keberatan atas permohonan informasi)
skip = Lewati ⏭

## Pertanyaan (basis pengetahuan)
faq-answer =
    <b>{ $question }</b>

    { $answer }
faq-helpful = 👍 Membantu
faq-not-helpful = 👎 Belum membantu
faq-report-problem = 📢 Laporkan masalah
feedback-thanks = Terima kasih atas masukannya! 🙏
feedback-sorry = Maaf jawabannya belum membantu. Pertanyaan Anda kami catat untuk perbaikan. Jika ini sebuah masalah yang perlu ditindaklanjuti, Anda bisa membuat laporan.
did-you-mean = Saya belum yakin maksud Anda. Apakah maksud Anda salah satu dari ini?
fallback = Maaf, saya belum punya jawaban untuk itu. Coba tulis dengan kata lain, pilih menu di bawah, atau buat laporan jika ada masalah yang perlu ditindaklanjuti.
complaint-offer = Sepertinya Anda ingin menyampaikan keluhan. Mau saya bantu buatkan laporan resmi? Isi pesan Anda akan langsung dipakai sebagai uraian.
complaint-offer-yes = 📢 Ya, buat laporan
complaint-offer-no = Tidak, saya hanya bertanya
smalltalk-greeting = Halo! 👋 Ada yang bisa saya bantu?
smalltalk-thanks = Sama-sama! Senang bisa membantu. 🙏
smalltalk-bye = Terima kasih, sampai jumpa! 👋
smalltalk-ack = Baik. Ada lagi yang bisa saya bantu?
smalltalk-chat = Saya asisten otomatis layanan publik 🙂 Saya bisa menjawab pertanyaan seputar layanan pemerintah daerah dan meneruskan pengaduan Anda ke dinas yang berwenang. Ada yang bisa saya bantu?
emergency =
    🚨 <b>Jika ini keadaan darurat, segera hubungi 112</b> (gratis, 24 jam) — untuk kebakaran, kecelakaan, kejahatan yang sedang terjadi, atau kondisi medis gawat.
    Layanan ini bukan layanan darurat dan tidak dipantau setiap saat.
emergency-still-report = Bukan darurat, buat laporan
emergency-in-complaint = 🚨 Jika ini keadaan darurat, segera hubungi <b>112</b>. Laporan Anda tetap saya catat.

## Pengaduan
complaint-ask-description = 📝 Ceritakan masalahnya: apa yang terjadi, di mana, dan sejak kapan. Semakin jelas, semakin cepat ditindaklanjuti. (Ketik /batal untuk membatalkan.)
complaint-more-detail = Uraiannya masih terlalu singkat untuk ditindaklanjuti. Mohon tambahkan keterangan: apa masalahnya, di mana lokasinya, dan sejak kapan.
complaint-more-words = Uraiannya belum terbaca sebagai kalimat. Mohon tulis dalam beberapa kata, dengan spasi: apa masalahnya, di mana lokasinya, dan sejak kapan.
complaint-text-expected = Mohon tuliskan uraian masalahnya dalam bentuk teks.
complaint-description-truncated = Uraian dipotong menjadi { $limit } karakter.
complaint-agency-suggest = Laporan ini sepertinya ditangani oleh <b>{ $agency }</b>. Benar?
complaint-agency-pick = Pilih instansi yang menurut Anda menangani masalah ini, atau pilih "Tidak tahu" — petugas kami yang akan meneruskannya.
agency-confirm = ✅ Ya, benar
agency-other = Pilih instansi lain
agency-unknown = 🤷 Tidak tahu
agency-unknown-routed = Belum ditentukan (diteruskan oleh { $agency })
complaint-ask-location =
    📍 Di mana lokasinya? Kirim lokasi (📎 → Lokasi) atau ketik alamatnya (jalan, RT/RW, desa/kelurahan, kecamatan).
complaint-location-invalid = Alamat terlalu singkat. Ketik alamat yang lebih lengkap, kirim lokasi, atau lewati.
complaint-ask-photos = 📷 Kirim foto pendukung (maksimal { $max }), atau lewati.
complaint-photo-received = Foto { $count } dari { $max } diterima. Kirim foto lagi atau tekan Lanjut.
complaint-photos-full = Sudah { $max } foto — cukup.
complaint-photos-expected = Kirim foto (maksimal { $max }), atau tekan Lewati.
photos-done = Lanjut ➡️
## Lampiran yang tidak diminta langkahnya, dan jawaban ketik di langkah bertombol
attachment-noun-photo = Foto
attachment-noun-document = Dokumen
attachment-kept = 📎 { $what } disimpan bersama laporan ({ $count } dari { $max } lampiran).
attachment-full = { $what } tidak disimpan: laporan sudah berisi { $max } lampiran.
attachments-count = { $total } (termasuk { $documents } dokumen)
attachment-unsupported = Maaf, stiker, pesan suara, dan video belum bisa disimpan; foto dan dokumen bisa. Mari lanjutkan:
attachment-kept-for-report = 📎 Lampiran Anda saya simpan ({ $count }); akan disertakan bila Anda membuat laporan.
attachment-kept-offer-report = 📎 Lampiran Anda saya simpan ({ $count }). Ingin membuat laporan dengan lampiran ini? Tekan tombol di bawah, lalu ceritakan masalahnya.
use-buttons-below = Jawaban itu tidak cocok untuk pertanyaan ini. Silakan pilih salah satu tombol di bawah.
card-attachments = Lampiran: { $count } (termasuk { $documents } dokumen)
## Kecamatan/desa dan kategori laporan (halaman publik dan Open311 mengelompokkannya)
complaint-ask-category = 🏷️ Masalahnya termasuk jenis apa? Pilih salah satu, atau lewati.
complaint-ask-area = 🗺️ Di kecamatan mana lokasinya? Pilih salah satu, atau lewati.
area-kecamatan = Kec. { $kecamatan }
area-desa = { $desa }, Kec. { $kecamatan }
summary-area-line = <b>Wilayah:</b> { $area }
summary-category-line = <b>Kategori:</b> { $category }
card-area = Wilayah: { $area }
card-category = Kategori: { $category }
complaint-ask-privacy =
    🔒 Bagaimana identitas Anda ditampilkan?
    • <b>Publik</b>: petugas melihat nama Anda.
    • <b>Anonim</b>: petugas tidak melihat siapa pelapornya.
    • <b>Rahasia</b>: anonim, dan laporan tidak pernah dipublikasikan.
privacy-public = Publik
privacy-anonymous = Anonim
privacy-confidential = Rahasia
summary-location-pin = titik lokasi terlampir
summary-none = —
complaint-summary =
    <b>Periksa laporan Anda</b>

    <b>Uraian:</b> { $description }
    <b>Instansi:</b> { $agency }
    <b>Lokasi:</b> { $location }
    <b>Foto:</b> { $photos }
    <b>Identitas:</b> { $privacy }

    Kirim sekarang?
confirm-send = ✅ Kirim
confirm-edit = ✏️ Ubah
confirm-cancel = ❌ Batal
confirm-restart = 🔄 Ulangi
edit-which = Bagian mana yang ingin diubah?
edit-description = Uraian
edit-agency = Instansi
edit-location = Lokasi
edit-photos = Foto
edit-privacy = Identitas
edit-back = Kembali
ticket-created =
    ✅ Laporan Anda diterima dengan nomor <b>{ $code }</b>.
    Laporan sudah diteruskan ke <b>{ $agency }</b>. Anda akan mendapat kabar di sini setiap ada tanggapan.
    Cek perkembangannya kapan saja dengan <code>/status { $code }</code>.
ticket-created-info =
    ✅ Permohonan informasi Anda diterima dengan nomor <b>{ $code }</b> dan diteruskan ke PPID <b>{ $agency }</b>.
    Sesuai UU 14/2008, permohonan dijawab paling lambat 10 hari kerja (dapat diperpanjang 7 hari kerja dengan pemberitahuan tertulis).
    Cek perkembangannya dengan <code>/status { $code }</code>.

## Permohonan informasi publik
info-intro = 📄 <b>Permohonan informasi publik</b> (UU 14/2008). Saya akan menanyakan { $count } hal singkat. Ketik /batal untuk membatalkan.
info-question = { $number }/{ $total } — { $question }
info-ask-name = Siapa nama lengkap Anda (sesuai KTP)?
info-ask-occupation = Apa pekerjaan Anda? (misalnya mahasiswa, wiraswasta, wartawan, PNS)
info-ask-contact = Nomor HP atau alamat e-mail yang bisa dihubungi? (contoh: <code>0812 3456 7890</code> atau <code>nama@contoh.id</code>)
info-ask-information = Informasi apa yang Anda minta? Jelaskan serinci mungkin (dokumen, periode, kegiatan).
info-ask-purpose = Untuk apa informasi tersebut akan digunakan?
info-ask-delivery = Bagaimana Anda ingin menerima informasinya?
info-ask-agency = Instansi mana yang menguasai informasi ini?
info-invalid-name = Mohon tuliskan nama lengkap Anda.
info-invalid-occupation = Mohon tuliskan pekerjaan Anda (boleh "belum bekerja" atau "pelajar").
info-invalid-contact = Mohon tuliskan nomor HP atau alamat e-mail yang bisa dihubungi.
info-invalid-information = Mohon jelaskan informasi yang diminta dengan lebih rinci.
info-invalid-purpose = Mohon jelaskan tujuan penggunaan informasi.
info-agency-suggest = Informasi ini sepertinya dikuasai oleh <b>{ $agency }</b>. Benar?
info-agency-pick = Instansi mana yang menguasai informasi ini? Pilih "Tidak tahu" bila ragu — PPID Utama akan meneruskannya.
delivery-chat = Lewat chat ini
delivery-email = E-mail (salinan elektronik)
delivery-pickup = Ambil langsung (salinan cetak)
delivery-post = Dikirim lewat pos
info-summary =
    <b>Periksa permohonan Anda</b>

    <b>Nama:</b> { $name }
    <b>Pekerjaan:</b> { $occupation }
    <b>Kontak:</b> { $contact }
    <b>Informasi yang diminta:</b> { $information }
    <b>Tujuan:</b> { $purpose }
    <b>Cara menerima:</b> { $delivery }
    <b>Ditujukan ke:</b> PPID { $agency }
    <b>Lampiran:</b> { $attachments }

    Kirim sekarang?

## Status
status-none = Anda belum punya laporan atau permohonan informasi. Buat laporan dengan /lapor, atau ajukan permohonan informasi dengan /informasi.
status-list-title-complaint = <b>Laporan Anda</b> (terbaru di atas):
status-list-title-info = <b>Permohonan informasi Anda</b> (terbaru di atas):
status-list-line = • <code>{ $code }</code> — { $status } · { $age }
status-unknown = Nomor <code>{ $code }</code> tidak ditemukan di antara laporan dan permohonan Anda. Periksa kembali nomornya, atau ketik /status untuk melihat daftarnya.
status-detail =
    <b>{ $code }</b> — { $kind }
    Status: <b>{ $status }</b>
    Instansi: { $agency }
    Diterima: { $created } ({ $age })

    { $description }
status-open = Menunggu tindak lanjut
status-in_progress = Sedang ditangani
status-answered = Sudah ditanggapi
status-resolved = Selesai
status-rejected = Ditolak / bukan kewenangan
status-closed = Ditutup
kind-complaint = Pengaduan
kind-info = Permohonan informasi
age-minutes = { $count } menit lalu
age-hours = { $count } jam lalu
age-days = { $count } hari lalu

## Kartu tiket untuk grup staf
card-title-complaint = 🆕 <b>Pengaduan baru { $code }</b>
card-title-info = 🆕 <b>Permohonan informasi { $code }</b>
card-agency = Instansi: <b>{ $agency }</b>
card-agency-unknown = ⚠️ Pelapor tidak tahu instansinya — mohon teruskan ke instansi yang berwenang.
card-received = Diterima: { $time }
card-privacy = Identitas: { $privacy }
card-reporter = Pelapor: { $name }
card-reporter-hidden = Pelapor: (disembunyikan atas permintaan pelapor)
card-info-name = Nama pemohon: { $name }
card-info-contact = Kontak: { $contact }
card-info-purpose = Tujuan: { $purpose }
card-info-delivery = Cara menerima: { $delivery }
card-location = Lokasi: { $location }
card-location-map = Lokasi: <a href="{ $url }">lihat di peta</a>
card-photos = Foto: { $count }
card-description-heading = <b>Uraian:</b>

## SLA
sla-expected-response = Perkiraan tanggapan paling lambat: <b>{ $due }</b>.
sla-resident-escalated =
    ⚠️ Laporan <b>{ $code }</b> belum ditanggapi oleh { $agency } sampai batas waktunya ({ $due }).
    Laporan Anda sudah diteruskan ke pimpinan agar segera ditindaklanjuti. Mohon maaf atas keterlambatannya.
sla-resident-extended =
    📄 <b>Pemberitahuan tertulis perpanjangan waktu</b>
    Jangka waktu permohonan informasi <b>{ $code }</b> diperpanjang { $extension } (UU 14/2008 pasal 22 ayat 8) sampai <b>{ $due }</b>.
    Alasan: { $reason }
sla-resident-closed =
    Laporan <b>{ $code }</b> ditutup karena tidak ada tanggapan lanjutan dari Anda selama { $after }.
    Jika masalahnya belum selesai, buat laporan baru dengan /lapor dan sebutkan nomor ini.
sla-stage-response = Menunggu tanggapan pertama.
sla-stage-resolution = Menunggu tindak lanjut setelah tanggapan pertama.
sla-reminder =
    ⏰ <b>Pengingat batas waktu { $code }</b> ({ $kind })
    { $stage }
    Sisa waktu: <b>{ $left }</b> — batas { $due }.
sla-escalation-title-1 = 🚨 <b>Lewat batas waktu: { $code }</b>
sla-escalation-title-2 = 🚨🚨 <b>Eskalasi tingkat 2: { $code }</b>
sla-escalation =
    { $title } ({ $kind })
    Instansi: <b>{ $agency }</b>
    { $stage }
    Batas: { $due } — terlambat <b>{ $overdue }</b>

    { $summary }
sla-button-nudge = 📣 Ingatkan instansi
sla-button-history = 📜 Riwayat
sla-nudge =
    📣 <b>Pimpinan meminta { $code } segera ditindaklanjuti.</b>
    Batas waktu: { $due }.
sla-nudge-sent = Pengingat tentang { $code } sudah dikirim ke { $agency }.
sla-ticket-unknown = Tiket tidak ditemukan.
sla-history-title = <b>Riwayat { $code }</b> ({ $status })
sla-left-working = { $span } waktu kerja
sla-span-d = { $count } hari
sla-span-h = { $count } jam
sla-span-m = { $count } menit
sla-span-s = { $count } detik
sla-span-under-minute = kurang dari 1 menit
sla-duration-working-days = { $count } hari kerja
sla-extend-usage = Cara: <code>/perpanjang KODE alasan</code> — untuk permohonan informasi (INF-…), sekali, dengan alasan tertulis.
sla-extend-unknown = Tiket <code>{ $code }</code> tidak ditemukan di grup ini.
sla-extend-not-info = Hanya permohonan informasi (INF-…) yang dapat diperpanjang.
sla-extend-twice = { $code } sudah diperpanjang pada { $when }; perpanjangan hanya boleh sekali.
sla-extend-inactive = { $code } tidak sedang menunggu jawaban (status: { $status }).
sla-extend-no-reason = Tuliskan alasannya: <code>/perpanjang { $code } alasan…</code>
sla-extend-done = ✅ Perpanjangan { $code } dicatat. Batas baru: <b>{ $due }</b>. Pemohon sudah diberi tahu secara tertulis.
sla-digest-title = 📊 <b>Ringkasan harian { $date }</b>
sla-digest-line = <b>{ $agency }</b>: terbuka { $open } · lewat batas { $overdue } · ditanggapi kemarin { $answered } · median tanggapan pertama { $median }
sla-digest-empty = Tidak ada tiket terbuka dan tidak ada tanggapan kemarin.
sla-digest-footnote = Median: waktu dari laporan masuk sampai tanggapan pertama, 30 hari terakhir.
sla-median-none = –
sla-weekly =
    📅 <b>Ringkasan mingguan { $agency }</b> ({ $start } – { $end })
    Masuk: { $received }
    Ditanggapi: { $answered }
    Masih terbuka: { $open }
    Lewat batas: { $overdue }
    Median tanggapan pertama (30 hari): { $median }

## Staff
staff-span-minutes = { $count } menit
staff-span-hours = { $count } jam
staff-span-days = { $count } hari
staff-card-compact-title = 📋 <b>{ $code }</b> (uraian lengkap di atas; /tiket { $code })
staff-card-status = Status: <b>{ $status }</b>
staff-card-assignee = Ditangani: { $name }
staff-card-unassigned = Ditangani: belum ada
staff-card-due = ⏳ Sisa waktu: { $left }
staff-card-overdue = ⏰ <b>Terlambat { $late }</b>
staff-card-reopened = 🔄 Dibuka kembali { $count } kali
staff-card-moved = ↪️ <b>Dialihkan ke { $agency }</b>
staff-card-rating = ⭐ Penilaian pelapor: { $score }/5
staff-btn-take = 🙋 Ambil
staff-btn-resolve = ✅ Selesai
staff-btn-reassign = ↪️ Alihkan
staff-btn-reject = ❌ Tolak
staff-btn-ask = ❓ Minta keterangan
staff-already-yours = { $code } sudah Anda tangani.
staff-already-taken = { $code } sudah diambil oleh { $name }.
staff-resolved = ✅ { $code } ditandai selesai. Pelapor ditanya apakah masalahnya benar-benar selesai.
staff-rejected = ❌ { $code } ditolak; alasannya sudah dikirim ke pelapor.
staff-reject-ask = Tulis alasan penolakan { $code } sebagai pesan berikutnya — alasan ini dikirim ke pelapor. Ketik /batal untuk membatalkan.
staff-reject-cancelled = Penolakan dibatalkan; tiket tidak berubah.
staff-reassign-choose = Alihkan { $code } ke instansi mana?
staff-reassigned = ↪️ { $code } dialihkan ke { $agency }. Pelapor sudah diberi tahu.
staff-details-asked = ❓ Permintaan keterangan tambahan untuk { $code } dikirim ke pelapor. Balasannya akan muncul di sini.
staff-reply-sent = ✅ Terkirim ke pelapor ({ $code }).
staff-note-saved = 📝 Catatan disimpan di { $code } (tidak dikirim ke pelapor).
staff-note-empty = Catatan kosong. Tulis: <code>#catatan isi catatan</code>
staff-ticket-where = Balas salah satu pesan bot tentang tiket itu (atau tulis di topik tiketnya), lalu ulangi.
staff-templates-none = Instansi ini belum punya templat balasan (lihat <code>templates</code> di berkas agencies).
staff-templates-title = <b>Templat balasan</b> — balas pesan tiket dengan <code>/t NAMA</code>:
staff-template-line = • <code>{ $name }</code> — { $text }
staff-template-unknown = Templat <code>{ $name }</code> tidak ada. Templat yang tersedia: { $names }
staff-followup = 📨 <b>Keterangan tambahan dari pelapor</b> untuk <code>{ $code }</code>:

    { $text }
staff-followup-attachment = 📨 <b>Lampiran tambahan dari pelapor</b> untuk <code>{ $code }</code>.
staff-reopened = 🔄 <b>{ $code } dibuka kembali oleh pelapor</b> — masalahnya belum selesai.
    Alasan: { $reason }
staff-rated = ⭐ Pelapor menilai penanganan { $code }: <b>{ $score }/5</b>
staff-rated-comment = 💬 Komentar pelapor untuk { $code }: { $comment }
staff-rating-comment = Komentar pelapor: { $comment }
staff-not-yours = ⛔ Tiket ini bukan milik grup ini (atau sudah dialihkan). Tidak ada yang diubah.
staff-not-allowed = ⛔ Anda tidak terdaftar sebagai admin yang boleh menangani tiket ini. Tidak ada yang diubah.
staff-bad-transition = Tiket { $code } berstatus "{ $status }"; tindakan itu tidak bisa dilakukan.
staff-closed = Tiket { $code } sudah ditutup; pesan tidak dikirim ke pelapor.
staff-unsupported = Hanya teks, foto, dan dokumen yang bisa diteruskan ke pelapor.
staff-button-expired = Tombol ini tidak berlaku lagi.
staff-list-title = <b>Tiket terbuka — { $agency }</b> ({ $count }, terlama di atas):
staff-list-line = • <code>{ $code }</code> — { $status } · { $age } · { $assignee } { $left }
staff-list-none = Tidak ada tiket terbuka untuk { $agency }. 👍
staff-detail-title = <b>{ $kind } { $code }</b>
staff-history-title = <b>Riwayat:</b>
staff-actor-resident = pelapor
staff-action-created = dibuat
staff-action-taken = diambil
staff-action-replied = dibalas
staff-action-template = dibalas (templat)
staff-action-resolved = diselesaikan
staff-action-rejected = ditolak
staff-action-reassigned = dialihkan
staff-action-details_asked = minta keterangan
staff-action-note = 📝 catatan
staff-action-followup = keterangan tambahan
staff-action-reopened = dibuka kembali
staff-action-rated = dinilai
staff-action-confirmed = dikonfirmasi selesai
staff-unknown-ticket = Tiket <code>{ $code }</code> tidak ditemukan di instansi ini.
staff-search-usage = Tulis: <code>/cari kata</code> (minimal 2 huruf), misalnya <code>/cari pasar</code>.
staff-search-none = Tidak ada tiket yang cocok dengan "{ $text }".
staff-search-title = <b>Hasil pencarian "{ $text }"</b>:
staff-help =
    <b>Cara menangani tiket</b>
    • Tombol di kartu: 🙋 Ambil · ✅ Selesai · ↪️ Alihkan · ❌ Tolak (dengan alasan) · ❓ Minta keterangan.
    • Balas kartu (atau pesan bot lain tentang tiket itu) untuk menjawab pelapor; di grup forum, tulis saja di topik tiketnya. Teks, foto, dan dokumen diteruskan atas nama instansi.
    • <code>#catatan isi</code> atau <code>/catatan isi</code> — catatan internal, tidak dikirim ke pelapor.
    • <code>/t NAMA</code> — kirim templat balasan; <code>/templat</code> — daftar templat.
    • /tiket — tiket terbuka; <code>/tiket KODE</code> — detail dan riwayat; <code>/cari kata</code> — cari tiket.
    • <code>/perpanjang KODE alasan</code> — perpanjang permohonan informasi (INF-…) sekali, 7 hari kerja; pemohon menerima pemberitahuan tertulis.
resident-taken = 🙋 Laporan <code>{ $code }</code> sedang ditangani oleh { $agency }.
resident-reply =
    💬 <b>Tanggapan { $agency }</b> untuk laporan <code>{ $code }</code>:

    { $text }
resident-reply-signed =
    💬 <b>Tanggapan { $agency }</b> untuk laporan <code>{ $code }</code>:

    { $text }
    — { $admin }
resident-reply-attachment = 💬 <b>Tanggapan { $agency }</b> untuk laporan <code>{ $code }</code> (lampiran).
resident-reply-attachment-signed = 💬 <b>Tanggapan { $agency }</b> untuk laporan <code>{ $code }</code> (lampiran) — { $admin }
resident-reassigned = ↪️ Laporan <code>{ $code }</code> dialihkan ke <b>{ $agency }</b>, instansi yang berwenang menanganinya.
resident-rejected =
    ❌ Laporan <code>{ $code }</code> tidak dapat ditindaklanjuti oleh { $agency }.
    Alasan: { $reason }
resident-resolved =
    ✅ { $agency } menyatakan laporan <code>{ $code }</code> sudah selesai ditangani.
    Apakah masalah Anda benar-benar sudah selesai?
resident-solved-yes = 👍 Ya, sudah selesai
resident-solved-no = 👎 Belum selesai
resident-rate = Syukurlah! Seberapa puas Anda dengan penanganan laporan <code>{ $code }</code>? (1 = sangat tidak puas, 5 = sangat puas)
resident-rate-comment = Terima kasih atas nilainya ({ $score }/5). Ada komentar atau saran? Tulis saja, atau tekan Lewati.
resident-rate-thanks = Terima kasih atas penilaian Anda. 🙏 Laporan <code>{ $code }</code> ditutup.
resident-reopen-ask = Maaf masalahnya belum selesai. Apa yang masih belum beres? Tulis singkat; laporan <code>{ $code }</code> akan dibuka kembali dan dikembalikan ke petugas.
resident-reopened = 🔄 Laporan <code>{ $code }</code> dibuka kembali dan dikembalikan ke { $agency }.
resident-rating-expired = Pertanyaan untuk laporan ini sudah tidak berlaku.
resident-details-asked = ❓ { $agency } meminta keterangan tambahan untuk laporan <code>{ $code }</code>. Silakan kirim keterangan (teks atau foto) sebagai pesan berikutnya; pesan itu akan diteruskan ke petugas.
resident-followup-button = ➕ Tambah keterangan
resident-followup-ask = Silakan tulis keterangan tambahan untuk laporan <code>{ $code }</code> (teks, foto, atau dokumen). Ketik /batal untuk membatalkan.
resident-followup-sent = 📨 Keterangan Anda sudah diteruskan ke { $agency } (laporan <code>{ $code }</code>).
resident-followup-closed = Laporan <code>{ $code }</code> sudah tidak terbuka, jadi keterangan tidak dapat ditambahkan. Buat laporan baru dengan /lapor.

## Delivery
delivery-dead-letter =
    ⚠️ Pesan ke chat <code>{ $chat }</code> gagal terkirim setelah { $attempts } percobaan dan disimpan sebagai pesan gagal (#{ $id }).
    Alasan: { $reason }
    Operator dapat mengirim ulang dengan <code>aduan outbox retry { $id }</code>.
delivery-staff-unreachable =
    🚫 Bot tidak dapat mengirim ke grup staf <code>{ $chat }</code> ({ $agency }): bot diblokir atau dikeluarkan dari grup.
    Laporan untuk instansi ini tidak sampai. Tambahkan kembali bot ke grup, lalu jalankan <code>aduan outbox retry-all</code>.

## WhatsApp
whatsapp-list-button = Pilih
whatsapp-numbered-hint = Balas dengan angka pilihan Anda.
whatsapp-attachment-unavailable = (Ada lampiran dari petugas yang tidak dapat dikirim lewat WhatsApp.)

## Permohonan informasi: kata-katanya sendiri (bukan "laporan")
contact-bad-email = Alamat e-mail itu belum lengkap atau keliru (contoh yang benar: <code>nama@contoh.id</code>).
contact-phone-short = Nomor itu terlalu pendek untuk nomor telepon Indonesia (nomor HP biasanya 10–13 angka, misalnya <code>0812 3456 7890</code>).
contact-phone-long = Nomor itu terlalu panjang untuk nomor telepon Indonesia (nomor HP biasanya 10–13 angka, misalnya <code>0812 3456 7890</code>).
contact-phone-foreign = Mohon gunakan nomor Indonesia (diawali 08 atau +62), atau tuliskan alamat e-mail.
contact-phone-prefix = Itu bukan nomor telepon Indonesia: nomor HP diawali 08 (atau +62 8), telepon rumah diawali kode area seperti 021.
contact-none = Saya perlu nomor HP (misalnya <code>0812 3456 7890</code>) atau alamat e-mail (misalnya <code>nama@contoh.id</code>) agar PPID dapat menghubungi Anda.
card-info-occupation = Pekerjaan: { $occupation }
card-reporter-info = Akun pemohon: { $name }
status-open-info = Diterima, menunggu keputusan PPID
status-in_progress-info = Sedang diproses PPID
status-answered-info = Sudah ditanggapi PPID
status-resolved-info = Sudah dijawab
status-rejected-info = Ditolak
status-closed-info = Selesai
resident-taken-info = 🙋 Permohonan informasi <code>{ $code }</code> sedang diproses oleh PPID { $agency }.
resident-reply-info =
    💬 <b>Tanggapan PPID { $agency }</b> atas permohonan informasi <code>{ $code }</code>:

    { $text }
resident-reply-signed-info =
    💬 <b>Tanggapan PPID { $agency }</b> atas permohonan informasi <code>{ $code }</code>:

    { $text }
    — { $admin }
resident-reply-attachment-info = 💬 <b>Tanggapan PPID { $agency }</b> atas permohonan informasi <code>{ $code }</code> (lampiran).
resident-reply-attachment-signed-info = 💬 <b>Tanggapan PPID { $agency }</b> atas permohonan informasi <code>{ $code }</code> (lampiran) — { $admin }
resident-reassigned-info = ↪️ Permohonan informasi <code>{ $code }</code> diteruskan ke PPID <b>{ $agency }</b>, yang menguasai informasi tersebut.
resident-rejected-info =
    ❌ PPID { $agency } tidak dapat memenuhi permohonan informasi <code>{ $code }</code>.
    Alasan: { $reason }
    Bila Anda tidak menerima alasan ini, Anda dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja.
resident-resolved-info =
    ✅ PPID { $agency } menyatakan permohonan informasi <code>{ $code }</code> sudah dijawab.
    Bila informasi yang Anda terima tidak sesuai dengan yang diminta, Anda dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja.
resident-details-asked-info = ❓ PPID { $agency } meminta keterangan tambahan untuk permohonan informasi <code>{ $code }</code>. Silakan kirim keterangan sebagai pesan berikutnya; pesan itu akan diteruskan ke PPID.
resident-followup-ask-info = Silakan tulis keterangan tambahan untuk permohonan informasi <code>{ $code }</code>. Ketik /batal untuk membatalkan.
resident-followup-sent-info = 📨 Keterangan Anda sudah diteruskan ke PPID { $agency } (permohonan <code>{ $code }</code>).
resident-followup-closed-info = Permohonan informasi <code>{ $code }</code> sudah selesai, jadi keterangan tidak dapat ditambahkan. Ajukan permohonan baru dengan /informasi.
sla-resident-escalated-info =
    ⚠️ PPID { $agency } belum memberi keputusan atas permohonan informasi <b>{ $code }</b> sampai batas waktunya ({ $due }).
    Permohonan Anda sudah diteruskan ke pimpinan. Anda juga berhak mengajukan keberatan kepada atasan PPID karena permohonan tidak ditanggapi (UU 14/2008 pasal 35).
sla-resident-closed-info =
    Permohonan informasi <b>{ $code }</b> ditutup karena tidak ada tanggapan lanjutan dari Anda selama { $after }.
    Bila informasi yang Anda terima belum sesuai dengan yang diminta, Anda dapat mengajukan keberatan kepada atasan PPID.
staff-resolved-info = ✅ Permohonan { $code } ditandai sudah dijawab dan ditutup. Pemohon diberi tahu haknya mengajukan keberatan.
staff-reject-ask-info = Tulis alasan penolakan permohonan { $code } sebagai pesan berikutnya — alasan ini dikirim ke pemohon. Ketik /batal untuk membatalkan.
staff-rejected-info = ❌ Permohonan { $code } ditolak; alasannya sudah dikirim ke pemohon.

## PPID: keputusan dan pemberitahuan tertulis
ppid-btn-decide = ⚖️ Keputusan
ppid-card-due = ⚖️ Batas pemberitahuan tertulis: { $due }
ppid-card-decided = ⚖️ <b>Diputuskan: { $kind }</b> — pemberitahuan tertulis sudah dikirim.
ppid-decided = ⚖️ Keputusan atas { $code } ({ $kind }) dicatat dan pemberitahuan tertulis dikirim ke pemohon.
ppid-already-decided = Permohonan { $code } sudah diputuskan atau sudah ditutup.
ppid-cancelled = Penyusunan keputusan { $code } dibatalkan; permohonan tidak berubah.
ppid-send = ✅ Kirim keputusan
ppid-cancel = ❌ Batal
ppid-summary =
    <b>Keputusan atas { $code }</b>: { $kind }
    Lampiran/tautan: { $count }
    Kirim pemberitahuan tertulis ke pemohon sekarang?
ppid-ask-kind = ⚖️ Keputusan atas permohonan { $code }:
ppid-ask-exemption = Dasar pengecualian (UU 14/2008 pasal 17):
ppid-ask-withheld = Tulis bagian informasi yang dikecualikan (tidak diberikan), sebagai pesan berikutnya.
ppid-ask-consequence = Tulis uji konsekuensi: akibat yang timbul bila informasi itu dibuka (UU 14/2008 pasal 19).
ppid-ask-held_by = Tulis badan publik yang mungkin menguasai informasi ini (atau "-" bila tidak diketahui).
ppid-ask-reason = Tulis penjelasan untuk pemohon (mengapa belum didokumentasikan, dan kapan bila akan ada).
ppid-ask-form = Bentuk informasi yang diberikan:
ppid-ask-cost = Biaya (salinan/penggandaan): tekan Gratis, atau tulis jumlahnya dalam rupiah.
ppid-ask-handover = Waktu dan cara penyerahan informasi: tekan tombol, atau tulis (misalnya "diambil di kantor mulai 5 Desember, pukul 08.00–15.00").
ppid-ask-attach = Kirim informasinya sekarang: dokumen, foto, atau tautan (boleh beberapa pesan). Tekan Lanjut bila sudah, atau bila diserahkan dengan cara lain.
ppid-kind-granted = Diberikan seluruhnya
ppid-kind-partial = Diberikan sebagian
ppid-kind-rejected = Ditolak (dikecualikan)
ppid-kind-not_held = Tidak dikuasai
ppid-kind-undocumented = Belum didokumentasikan
ppid-exemption-a = Pasal 17 huruf a: menghambat proses penegakan hukum
ppid-exemption-b = Pasal 17 huruf b: mengganggu perlindungan hak kekayaan intelektual dan persaingan usaha yang sehat
ppid-exemption-c = Pasal 17 huruf c: membahayakan pertahanan dan keamanan negara
ppid-exemption-d = Pasal 17 huruf d: mengungkap kekayaan alam Indonesia
ppid-exemption-e = Pasal 17 huruf e: merugikan ketahanan ekonomi nasional
ppid-exemption-f = Pasal 17 huruf f: merugikan kepentingan hubungan luar negeri
ppid-exemption-g = Pasal 17 huruf g: mengungkap isi akta otentik yang bersifat pribadi dan kemauan terakhir atau wasiat
ppid-exemption-h = Pasal 17 huruf h: mengungkap rahasia pribadi
ppid-exemption-i = Pasal 17 huruf i: memorandum atau surat antar/intra badan publik yang menurut sifatnya dirahasiakan
ppid-exemption-j = Pasal 17 huruf j: informasi yang tidak boleh diungkapkan berdasarkan undang-undang
ppid-exemption-short-a = Penegakan hukum
ppid-exemption-short-b = HKI, persaingan usaha
ppid-exemption-short-c = Pertahanan, keamanan
ppid-exemption-short-d = Kekayaan alam
ppid-exemption-short-e = Ketahanan ekonomi
ppid-exemption-short-f = Hubungan luar negeri
ppid-exemption-short-g = Akta otentik, wasiat
ppid-exemption-short-h = Rahasia pribadi
ppid-exemption-short-i = Memorandum internal
ppid-exemption-short-j = Dilarang undang-undang
ppid-form-softcopy = Salinan elektronik (softcopy)
ppid-form-hardcopy = Salinan cetak (hardcopy)
ppid-form-viewing = Melihat/membaca di tempat
ppid-cost-free = Gratis
ppid-cost-rupiah = Rp { $amount }
ppid-cost-invalid = Tulis biaya sebagai angka rupiah (misalnya 15000), atau tekan Gratis.
ppid-handover-chat = Lewat chat, bersama surat
ppid-handover-chat-text = Dikirim lewat chat ini bersama pemberitahuan tertulis.
ppid-attach-done = Lanjut ➡️
ppid-notice-title = 📄 <b>Pemberitahuan tertulis</b> atas permohonan informasi <b>{ $code }</b> — PPID { $agency }
ppid-notice-line = <b>{ $label }:</b> { $value }
ppid-notice-number = Nomor permohonan
ppid-notice-received = Diterima
ppid-notice-requester = Nama pemohon
ppid-notice-information = Informasi yang diminta
ppid-notice-decision = Keputusan
ppid-notice-exemption = Dasar pengecualian
ppid-notice-withheld = Informasi yang dikecualikan
ppid-notice-consequence = Uji konsekuensi
ppid-notice-held-by = Informasi mungkin dikuasai oleh
ppid-notice-reason = Penjelasan
ppid-notice-form = Bentuk informasi
ppid-notice-cost = Biaya
ppid-notice-handover = Waktu dan cara penyerahan
ppid-notice-links = Tautan informasi
ppid-notice-objection = Keberatan
ppid-notice-objection-how = Bila Anda tidak puas dengan keputusan ini, ajukan keberatan kepada atasan PPID paling lambat { $until } dengan mengetik /keberatan { $code } di chat ini (UU 14/2008 pasal 35–36).
ppid-notice-documents = 📎 Informasi yang Anda minta (permohonan { $code }).
ppid-pdf-title = PEMBERITAHUAN TERTULIS
ppid-pdf-opening = Berdasarkan permohonan informasi publik nomor { $code }, bersama ini kami sampaikan keputusan PPID sebagai berikut (UU 14/2008 pasal 22 ayat 7):
ppid-pdf-place-date = { $date }
ppid-pdf-signer = PPID { $agency }
ppid-status-requested = Diajukan; keputusan paling lambat { $due }
ppid-status-decided = Diputuskan: { $kind } ({ $date })
ppid-status-objection-filed = Keberatan { $code } diajukan; dijawab atasan PPID paling lambat { $due }
ppid-status-objection-upheld = Keberatan { $code } dijawab: diterima
ppid-status-objection-rejected = Keberatan { $code } dijawab: ditolak
ppid-resend-button = 📄 Kirim surat lagi
ppid-object-button = ⚖️ Ajukan keberatan

## PPID: keberatan
ppid-objection-usage = Ketik <code>/keberatan NOMOR</code>, misalnya <code>/keberatan INF-2611-0001</code>. Nomor permohonan Anda ada di /status.
ppid-objection-twice = Anda sudah mengajukan keberatan { $objection } atas permohonan { $code }; keberatan hanya dapat diajukan sekali. Lihat perkembangannya dengan <code>/status { $code }</code>.
ppid-objection-early = Permohonan { $code } masih dalam jangka waktu jawaban PPID (paling lambat { $due }). Keberatan dapat diajukan setelah ada keputusan, atau bila batas waktu itu lewat tanpa keputusan.
ppid-objection-closed = Jangka waktu keberatan atas permohonan { $code } sudah berakhir pada { $closed } (30 hari kerja, UU 14/2008 pasal 36). Keberatan tidak dapat diajukan lagi.
ppid-objection-ask-ground = ⚖️ <b>Keberatan atas permohonan { $code }</b> (UU 14/2008 pasal 35). Pilih alasan keberatan:
ppid-objection-ask-explain = Jelaskan keberatan Anda dalam satu pesan (minimal 10 huruf): apa yang Anda minta dan mengapa jawaban PPID tidak sesuai.
ppid-objection-summary =
    <b>Periksa keberatan Anda</b>
    Permohonan: { $code }
    Alasan: { $ground }
    Penjelasan: { $explanation }

    Kirim kepada atasan PPID sekarang?
ppid-objection-filed =
    ✅ Keberatan Anda diterima dengan nomor <b>{ $code }</b> (atas permohonan { $request }) dan diteruskan kepada atasan PPID.
    Atasan PPID wajib memberi tanggapan tertulis paling lambat <b>{ $due }</b> (30 hari kerja).
ppid-ground-a = Penolakan berdasarkan alasan pengecualian (pasal 17)
ppid-ground-b = Informasi berkala tidak disediakan (pasal 9)
ppid-ground-c = Permohonan tidak ditanggapi
ppid-ground-d = Ditanggapi tidak sebagaimana yang diminta
ppid-ground-e = Permohonan tidak dipenuhi
ppid-ground-f = Biaya yang tidak wajar
ppid-ground-g = Informasi disampaikan melebihi waktu
ppid-ground-short-a = Ditolak (pasal 17)
ppid-ground-short-b = Info berkala tak ada
ppid-ground-short-c = Tidak ditanggapi
ppid-ground-short-d = Tidak sesuai diminta
ppid-ground-short-e = Tidak dipenuhi
ppid-ground-short-f = Biaya tidak wajar
ppid-ground-short-g = Terlambat
ppid-superior-card =
    ⚖️ <b>Keberatan { $code }</b> atas permohonan { $request } — PPID { $agency }
    Alasan: { $ground }
    Penjelasan pemohon: { $explanation }
    Informasi yang diminta: { $information }
    Tanggapan tertulis paling lambat: <b>{ $due }</b>
ppid-superior-upheld = ✅ Keberatan diterima
ppid-superior-rejected = ❌ Keberatan ditolak
ppid-verdict-upheld = keberatan diterima
ppid-verdict-rejected = keberatan ditolak
ppid-superior-ask = Tulis tanggapan tertulis atas keberatan { $code } ({ $verdict }) beserta alasannya, sebagai pesan berikutnya. Ketik /batal untuk membatalkan.
ppid-superior-nothing-pending = Tidak ada keberatan yang menunggu tanggapan Anda di sini. Tekan ✅ Keberatan diterima atau ❌ Keberatan ditolak pada kartu keberatan, lalu tulis tanggapan tertulisnya sebagai pesan berikutnya.
ppid-superior-cancelled = Tanggapan dibatalkan; keberatan belum dijawab.
ppid-superior-already = Keberatan { $code } sudah dijawab.
ppid-superior-done = ✅ Tanggapan atas keberatan { $code } dikirim ke pemohon.
ppid-ppid-told-upheld = ⚖️ Atasan PPID <b>menerima keberatan { $code }</b> atas permohonan { $request }. PPID wajib melaksanakan tanggapan ini:
    { $response }
ppid-objection-answered-upheld =
    ⚖️ <b>Keberatan { $code } diterima</b> oleh atasan PPID (permohonan { $request }).
    Tanggapan: { $response }
    PPID akan memberikan informasinya sesuai tanggapan ini. Bila Anda tetap tidak puas, Anda dapat mengajukan sengketa informasi ke Komisi Informasi Provinsi paling lambat { $until } (14 hari kerja, UU 14/2008 pasal 37).
ppid-objection-answered-rejected =
    ⚖️ <b>Keberatan { $code } ditolak</b> oleh atasan PPID (permohonan { $request }).
    Tanggapan: { $response }
    Bila Anda tidak puas, Anda dapat mengajukan sengketa informasi ke Komisi Informasi Provinsi paling lambat { $until } (14 hari kerja, UU 14/2008 pasal 37): kirim formulir permohonan penyelesaian sengketa beserta salinan permohonan, pemberitahuan tertulis, keberatan, dan tanggapan ini.
ppid-requester-accept = Saya menerima
ppid-requester-dispute = Akan ke Komisi Informasi
ppid-requester-accept-noted = Terima kasih, tanggapan Anda atas keberatan { $code } dicatat.
ppid-requester-dispute-noted = Tanggapan Anda atas keberatan { $code } dicatat. Ajukan sengketa ke Komisi Informasi Provinsi dalam 14 hari kerja.

## Knowledge base (issue 13)
complaint-offer-or-read = Sepertinya Anda melaporkan masalah. Mau saya bantu buatkan laporan resmi? Isi pesan Anda akan langsung dipakai sebagai uraian. Jika Anda hanya ingin tahu aturannya, pilih info di bawah.
## Public transparency page (/transparansi)
public-title = Transparansi Layanan Pengaduan
public-lead = Setiap pengaduan yang masuk dijawab dan dicatat. Halaman ini menampilkan kinerja tiap perangkat daerah dan laporan warga yang dipublikasikan (data pribadi disamarkan; laporan rahasia tidak pernah ditampilkan).
public-footer = Data dapat digunakan ulang dengan lisensi { $licence }.
public-open-data = Data terbuka
public-reports-heading = Laporan yang dipublikasikan
public-filter-agency = Perangkat daerah
public-all-agencies = Semua perangkat daerah
public-filter-apply = Tampilkan
public-report-count = { $count } laporan
public-no-reports = Belum ada laporan yang dipublikasikan.
public-newer = Lebih baru
public-older = Lebih lama
public-agency = Perangkat daerah
public-category = Kategori
public-area = Wilayah
public-address = Alamat
public-received = Diterima
public-updated = Diperbarui
public-resolved = Selesai
public-description = Isi laporan
public-reply = Tanggapan { $agency }
public-masked-note = Nomor telepon, NIK, e-mail, nomor rekening dan nama pribadi disamarkan sebelum dipublikasikan.
public-back = Kembali ke daftar
public-data-lead = Laporan yang dipublikasikan dan angka kinerja per bulan, dalam CSV dan JSON, dengan kamus data. Lisensi: { $licence }. Nama kolom tetap dan tidak akan diubah.
public-month = Bulan
public-dictionary = Kamus data
public-column = Kolom
public-type = Jenis
public-meaning = Arti
public-figures-heading = Angka kinerja
## Figures (the dashboard issue): tables, exports, the CLI
fig-col-agency = Perangkat daerah
fig-col-received = Diterima
fig-col-open = Menunggu sekarang
fig-col-overdue = Lewat tenggat sekarang
fig-col-response-median = Tanggapan pertama, median (jam kerja)
fig-col-response-p90 = Tanggapan pertama, p90 (jam kerja)
fig-col-resolution-median = Penyelesaian, median (jam kerja)
fig-col-resolution-p90 = Penyelesaian, p90 (jam kerja)
fig-col-response-share = Ditanggapi tepat waktu (%)
fig-col-resolution-share = Selesai tepat waktu (%)
fig-col-reassigned = Dialihkan
fig-col-rejected = Ditolak
fig-col-reopened = Dibuka kembali
fig-col-rating = Rata-rata penilaian
fig-col-rated = Dinilai (%)
fig-col-rated-good = Nilai 4–5 (%)
fig-col-telegram = Telegram
fig-col-whatsapp = WhatsApp
fig-col-category = Kategori
fig-col-count = Jumlah
# the agency table's two-row header (the dashboard on a desktop, XLSX and PDF): a group over
# its columns, each column's short name beneath
fig-group-response = Tanggapan pertama (jam kerja)
fig-group-resolution = Penyelesaian (jam kerja)
fig-group-on-time = Tepat waktu (%)
fig-group-rating = Penilaian
fig-group-channel = Kanal
fig-sub-p90 = p90
fig-sub-median = Median
fig-sub-answered = Ditanggapi
fig-sub-resolved = Selesai
fig-sub-rating-mean = Rata-rata
fig-sub-rated = Dinilai (%)
fig-sub-rated-good = Nilai 4–5 (%)
fig-total = Seluruh perangkat daerah
fig-title = Kinerja layanan { $period }
fig-title-kind = Kinerja layanan { $period } — { $kind }
fig-categories-title = Kategori terbanyak { $period }
fig-kind-complaint = Pengaduan
fig-kind-info = Permohonan informasi
fig-kind-all = Semua jenis

## PPID: objection deadlines, registers, report, digest (issue 16)
ppid-objection-reminder =
    ⏰ <b>Pengingat: keberatan { $code }</b> atas permohonan { $request } belum dijawab.
    Sisa waktu: <b>{ $left }</b> — tanggapan tertulis paling lambat { $due } (30 hari kerja, UU 14/2008 pasal 36).
ppid-objection-escalation =
    🚨 <b>Keberatan { $code } belum dijawab</b> atasan PPID sampai batasnya ({ $due }).
    Permohonan: { $request } — { $agency }
    Alasan: { $ground }

    { $summary }
ppid-objection-unanswered =
    ⚖️ Atasan PPID belum menjawab keberatan <b>{ $code }</b> (permohonan { $request }) sampai batas waktunya, { $due }. Hal ini sudah disampaikan kepada pimpinan.
    Anda berhak mengajukan sengketa informasi ke Komisi Informasi Provinsi paling lambat { $until } (14 hari kerja, UU 14/2008 pasal 37): kirim formulir permohonan penyelesaian sengketa beserta salinan permohonan, pemberitahuan tertulis (bila ada) dan keberatan Anda.
publication-withdraw-button = 🙈 Jangan tampilkan di halaman publik
publication-withdrawn = Laporan <code>{ $code }</code> tidak akan ditampilkan di halaman transparansi, data terbuka maupun API publik. Penanganannya tetap berjalan seperti biasa.
publication-already-withdrawn = Laporan <code>{ $code }</code> sudah tidak ditampilkan di halaman publik.
publication-never-published = Laporan <code>{ $code }</code> tidak pernah dipublikasikan (laporan rahasia dan permohonan informasi tidak dipublikasikan).
publication-withdraw-usage = Tulis <code>/tarik KODE</code>, misalnya <code>/tarik ADU-2611-0042</code>, untuk menarik laporan Anda dari halaman publik.
public-period-bulan-ini = Bulan ini
public-period-bulan-lalu = Bulan lalu
public-period-tahun-ini = Tahun ini
public-fig-received = Diterima
public-fig-resolved = Selesai
public-fig-response = Tanggapan pertama (median, jam)
public-fig-resolution = Penyelesaian (median, jam)
public-fig-on-time = Tepat waktu
public-fig-satisfaction = Kepuasan (1-5)
public-fig-behind = di bawah target
public-fig-note = Pengaduan dan permohonan informasi yang diterima dalam periode ini. Waktu dihitung dalam jam kerja (Senin-Jumat, di luar hari libur). "Tepat waktu" = porsi yang ditanggapi dalam batas waktu.
public-trend-heading = Diterima dan selesai per bulan
## Dashboard (the dashboard issue)
dash-login-off = Dasbor belum diaktifkan (ADUAN_DASHBOARD_URL belum diisi operator).
dash-login-refused = Dasbor hanya untuk admin perangkat daerah di grup stafnya, atau untuk pengawas di grup pengawas.
dash-login-sent = 🔐 Tautan masuk dasbor sudah dikirim lewat pesan pribadi. Jika tidak datang, buka obrolan pribadi dengan bot ini, tekan Mulai, lalu kirim /dasbor lagi di sini.
dash-login-link = 🔐 <a href="{ $link }">Masuk ke dasbor aduan</a>
    Tautan ini hanya berlaku sekali dan selama { $minutes } menit. Jangan teruskan ke orang lain.
dash-title = Dasbor aduan
dash-nav-overview = Ringkasan
dash-nav-tickets = Tiket
dash-role-supervisor = Pengawas (semua perangkat daerah)
dash-logout = Keluar
dash-howto-title = Cara masuk dasbor
dash-howto-body = Dasbor tidak memakai kata sandi. Anda masuk lewat bot, dengan tautan sekali pakai.
dash-howto-step1 = Di grup staf perangkat daerah Anda (atau grup pengawas), kirim /dasbor.
dash-howto-step2 = Bot mengirim tautan masuk lewat pesan pribadi. Belum pernah mengobrol dengan bot? Buka obrolan pribadi dengannya dan tekan Mulai lebih dulu.
dash-howto-step3 = Buka tautan dalam 10 menit dan tekan Masuk. Tautan hanya berlaku sekali; sesi berakhir setelah satu hari kerja.
dash-login-title = Masuk ke dasbor
dash-login-body = Tekan tombol di bawah untuk masuk. Tautan ini hanya berlaku sekali.
dash-login-button = Masuk
dash-error-title = Tidak bisa dibuka
dash-error-csrf = Formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.
dash-error-link = Tautan masuk ini tidak berlaku: sudah dipakai, sudah lewat 10 menit, atau salah. Kirim /dasbor lagi di grup untuk tautan baru.
dash-error-missing = Tiket tidak ditemukan.
dash-error-forbidden = Tiket ini milik perangkat daerah lain; Anda tidak berhak melihatnya.
dash-period = Periode
dash-kind = Jenis
dash-show = Tampilkan
dash-hours-note = Waktu dalam jam kerja (hari dan jam kerja, tanpa hari libur).
dash-col-response-median = Tanggapan pertama, median (jam)
dash-col-resolution-median = Penyelesaian, median (jam)
# the dashboard's groups over the hours (the page says they are working hours); the other groups and the short names are fig-group-*, fig-sub-*
dash-group-response = Tanggapan pertama (jam)
dash-group-resolution = Penyelesaian (jam)
# where the agency table's columns do not all fit (a tablet, a small laptop) it shows one part at a time, the toggle above it chooses
dash-columns = Kolom
dash-columns-main = Utama
dash-columns-more = Rincian
dash-columns-note = Layar yang lebih lebar menampilkan semua kolom sekaligus.
dash-behind = Di bawah target: kurang dari 80% ditanggapi atau diselesaikan tepat waktu.
dash-empty = Tidak ada data.
dash-chart-weekly = Diterima dan selesai per minggu
dash-chart-weekly-received = Diterima per minggu
dash-chart-received = Diterima
dash-chart-finished = Selesai
dash-chart-response = Median tanggapan pertama per perangkat daerah (jam kerja)
dash-hours-short = jam
dash-tickets-title = Daftar tiket
dash-any = Semua
dash-col-code = Nomor
dash-col-kind = Jenis
dash-col-agency = Perangkat daerah
dash-col-status = Status
dash-col-privacy = Privasi
dash-col-channel = Kanal
dash-col-received = Diterima
dash-col-category = Kategori
dash-col-first-response = Tanggapan pertama (jam kerja)
dash-col-resolution = Penyelesaian (jam kerja)
dash-col-overdue = Lewat tenggat
dash-col-description = Uraian
dash-overdue-only = Hanya yang lewat tenggat
dash-search = Cari
dash-found = { $count } tiket
dash-previous = Sebelumnya
dash-next = Berikutnya
dash-page = Halaman { $number } dari { $pages }
dash-resident = Pelapor
dash-resident-hidden = disembunyikan (laporan anonim atau rahasia)
dash-location = Lokasi
dash-map = peta
dash-photos-count = Foto ({ $count })
dash-documents-count = Dokumen ({ $count })
dash-sla = Tenggat
dash-sla-due = berjalan sampai { $due }
dash-overdue = lewat tenggat
dash-late = terlambat
dash-timeline = Riwayat
dash-messages = Pesan ke pelapor
dash-privacy-public = Publik
dash-privacy-anonymous = Anonim
dash-privacy-confidential = Rahasia
dash-yes = ya
monthly-title = 📊 <b>Laporan kinerja bulanan { $period }</b>
monthly-summary = Diterima { $received } · tanggapan pertama median { $median } jam kerja · ditanggapi tepat waktu { $response }% · selesai tepat waktu { $resolution }% · kepuasan { $rating }/5 ({ $rated } penilaian)
monthly-best = <b>Terbaik</b> (ditanggapi tepat waktu, lalu median tanggapan):
monthly-worst = <b>Perlu perhatian</b>:
monthly-agency = • { $agency }: { $share }% tepat waktu, median { $median } jam
monthly-backlog = Tunggakan sekarang: { $waiting } menunggu perangkat daerah, { $overdue } lewat tenggat.
## Tampilan staf (uji lapangan)
card-title-state = { $icon } <b>{ $kind } { $code }</b> — { $status }
staff-card-due-by = ⏳ Sisa waktu: { $left } — batas { $due }
staff-card-overdue-by = ⏰ <b>Terlambat { $late }</b> — batas { $due }
history-line = • { $time } — { $action } · { $actor }{ $detail }
history-actor-staff = petugas
history-actor-supervisor = pimpinan
history-actor-system = sistem (batas waktu)
history-actor-other = lainnya
staff-action-sla_reminder = pengingat batas waktu ke instansi
staff-action-sla_escalated_1 = lewat batas waktu, diteruskan ke pimpinan
staff-action-sla_escalated_2 = eskalasi tingkat 2
staff-action-sla_nudged = pimpinan meminta segera ditindaklanjuti
staff-action-extended = diperpanjang
staff-action-auto_closed = ditutup otomatis (tidak ada balasan pelapor)
staff-action-publication_withdrawn = publikasi ditarik
staff-action-publication_withheld = tidak dipublikasikan
staff-action-publication_released = dipublikasikan
staff-action-publication_edited = teks publikasi disunting
sla-weekly-skipped = 📅 Ringkasan mingguan dikirim ke { $sent } grup; { $skipped } dilewati karena semua angkanya 0: { $agencies }.
dash-event-created = Diterima
dash-event-taken = Diambil petugas
dash-event-replied = Dijawab ke pelapor
dash-event-resolved = Ditandai selesai
dash-event-reassigned = Dialihkan
dash-event-rejected = Ditolak
dash-event-details-asked = Minta keterangan
dash-event-followup = Keterangan tambahan dari pelapor
dash-event-reopened = Dibuka kembali oleh pelapor
dash-event-confirmed = Dikonfirmasi selesai oleh pelapor
dash-event-rated = Dinilai pelapor
dash-event-note = Catatan internal
dash-event-sla-nudged = Diingatkan pengawas
dash-event-extended = Diperpanjang
dash-event-auto-closed = Ditutup otomatis


ppid-reg-title-requests = Register Permohonan
ppid-reg-title-objections = Register Keberatan
ppid-reg-no = No.
ppid-reg-received = Tanggal Permohonan
ppid-reg-code = Nomor Pendaftaran
ppid-reg-name = Nama Pemohon
ppid-reg-contact = Nomor Telepon/E-mail
ppid-reg-occupation = Pekerjaan
ppid-reg-information = Rincian Informasi yang Dibutuhkan
ppid-reg-purpose = Tujuan Penggunaan Informasi
ppid-reg-delivery = Cara Mendapatkan Salinan Informasi
ppid-reg-form = Bentuk Informasi
ppid-reg-channel = Cara Permohonan
ppid-reg-decision = Keputusan
ppid-reg-exemption = Alasan Penolakan (Pasal 17)
ppid-reg-notice = Tanggal Pemberitahuan Tertulis
ppid-reg-handover = Tanggal Penyerahan Informasi
ppid-reg-days = Jangka Waktu (hari kerja)
ppid-reg-agency = PPID Pelaksana
ppid-reg-undecided = Dalam proses
ppid-reg-closed-undecided = Ditutup tanpa keputusan tertulis
ppid-reg-obj-no = No.
ppid-reg-obj-filed = Tanggal Keberatan
ppid-reg-obj-code = Nomor Registrasi Keberatan
ppid-reg-obj-name = Nama Pemohon
ppid-reg-obj-contact = Nomor Telepon/E-mail
ppid-reg-obj-request = Nomor Pendaftaran Permohonan
ppid-reg-obj-information = Informasi yang Diminta
ppid-reg-obj-purpose = Tujuan Penggunaan Informasi
ppid-reg-obj-ground = Alasan Pengajuan Keberatan (Pasal 35)
ppid-reg-obj-verdict = Keputusan Atasan PPID
ppid-reg-obj-responded = Tanggal Tanggapan Atasan PPID
ppid-reg-obj-superior = Nama dan Jabatan Atasan PPID
ppid-reg-obj-requester-response = Tanggapan Pemohon Informasi
ppid-reg-obj-agency = PPID Pelaksana
ppid-reg-verdict-upheld = Keberatan diterima
ppid-reg-verdict-rejected = Keberatan ditolak
ppid-reg-unanswered = Belum dijawab
ppid-channel-telegram = Telegram
ppid-channel-whatsapp = WhatsApp
ppid-channel-console = Konsol (uji coba)
ppid-channel-open311 = Open311 (aplikasi lain)
ppid-channel-other = Lainnya
ppid-rep-title = Laporan Layanan Informasi Publik { $period } — { $scope }
ppid-rep-year = Tahun { $year }
ppid-rep-semester = Semester { $semester } Tahun { $year }
ppid-rep-office = Pejabat Pengelola Informasi dan Dokumentasi (PPID)
ppid-rep-all = seluruh PPID
ppid-rep-note = Permohonan yang diterima dan keberatan yang diajukan dalam periode ini (UU 14/2008; Perki 1/2021). Jangka waktu dihitung dalam hari kerja, tanpa akhir pekan, hari libur nasional dan cuti bersama.
ppid-rep-summary = Ringkasan permohonan
ppid-rep-item = Uraian
ppid-rep-count = Jumlah
ppid-rep-percent = Persen (%)
ppid-rep-value = Nilai
ppid-rep-total = Jumlah
ppid-rep-received = Permohonan diterima
ppid-rep-undecided = Belum diputuskan (dalam proses)
ppid-rep-closed-undecided = Ditutup tanpa keputusan tertulis
ppid-rep-exemptions = Dasar pengecualian (pasal 17)
ppid-rep-exemption = Dasar pengecualian
ppid-rep-timing = Waktu memutuskan
ppid-rep-decided = Permohonan yang diputuskan
ppid-rep-mean = Rata-rata (hari kerja)
ppid-rep-median = Median (hari kerja)
ppid-rep-within-10 = Diputuskan dalam 10 hari kerja
ppid-rep-within-17 = Diputuskan dalam 17 hari kerja (dengan perpanjangan)
ppid-rep-objections = Keberatan per alasan (pasal 35)
ppid-rep-ground = Alasan keberatan
ppid-rep-filed = Diajukan
ppid-rep-channels = Saluran permohonan
ppid-rep-channel = Saluran
ppid-rep-months = Permohonan per bulan
ppid-rep-month = Bulan
ppid-month-1 = Januari
ppid-month-2 = Februari
ppid-month-3 = Maret
ppid-month-4 = April
ppid-month-5 = Mei
ppid-month-6 = Juni
ppid-month-7 = Juli
ppid-month-8 = Agustus
ppid-month-9 = September
ppid-month-10 = Oktober
ppid-month-11 = November
ppid-month-12 = Desember
ppid-month-short-1 = Jan
ppid-month-short-2 = Feb
ppid-month-short-3 = Mar
ppid-month-short-4 = Apr
ppid-month-short-5 = Mei
ppid-month-short-6 = Jun
ppid-month-short-7 = Jul
ppid-month-short-8 = Agu
ppid-month-short-9 = Sep
ppid-month-short-10 = Okt
ppid-month-short-11 = Nov
ppid-month-short-12 = Des
ppid-rep-rejected = Ditolak
ppid-rep-partial = Diberikan sebagian
ppid-rep-upheld = Diterima
ppid-rep-pending = Belum dijawab
ppid-digest-title = ⚖️ <b>PPID</b>: { $requests } permohonan informasi menunggu keputusan, { $objections } keberatan menunggu tanggapan atasan PPID.
ppid-digest-near = Batas waktu dalam 2 hari kerja atau sudah lewat:
ppid-digest-none-near = Tidak ada yang batas waktunya dalam 2 hari kerja.
ppid-digest-request = • { $code } ({ $agency }): keputusan paling lambat { $due }
ppid-digest-request-late = • { $code } ({ $agency }): <b>lewat batas</b> keputusan { $due }
ppid-digest-objection = • Keberatan { $code } atas { $request } ({ $agency }): tanggapan atasan PPID paling lambat { $due }
ppid-digest-objection-late = • Keberatan { $code } atas { $request } ({ $agency }): <b>lewat batas</b> tanggapan atasan PPID { $due }
ppid-digest-more = …dan { $count } lainnya.

## PPID: the written notice as a PDF letter (issue 16)
ppid-notice-letter = 📄 Surat pemberitahuan tertulis atas permohonan { $code } (PDF). Simpan sebagai bukti; untuk keberatan, sebutkan nomor permohonan ini.
ppid-letter-file = pemberitahuan-tertulis-{ $code }.pdf

## Dashboard: a ticket's photos
dash-photo-alt = Foto { $number }
dash-document = Dokumen
dash-error-photo = Foto atau berkas ini tidak ada (lagi) di kanal yang menerimanya.
dash-error-photo-later = Foto ini belum bisa diambil dari kanalnya. Coba lagi sebentar lagi.

## The monthly report's PDF attached (issue 15)
monthly-pdf-attached = 📎 Laporan lengkap (PDF, tabel dan grafik) terlampir.
monthly-dashboard = 🔗 Di dasbor: { $link }
monthly-pdf-file = laporan-bulanan-{ $period }.pdf

## PPID: agencies without a superior, told at start-up (issue 16)
ppid-superiors-missing = ⚠️ <b>Atasan PPID belum diatur</b> untuk { $count } perangkat daerah: { $agencies }. Keberatan atas permohonan informasi mereka tidak akan sampai ke siapa pun (UU 14/2008 pasal 36). Minta operator mengisi <code>ppid.superior_chat_id</code> di berkas instansi.

## Dashboard: a ticket's publication (issue 17)
dash-pub-title = Publikasi di halaman transparansi
dash-pub-never = Tidak pernah dipublikasikan: laporan rahasia dan permohonan informasi tidak tampil di halaman publik.
dash-pub-state-none = Belum dipublikasikan. Laporan tampil di halaman publik (teks disamarkan) setelah selesai, atau bila sudah lama tidak selesai.
dash-pub-state-published = Tampil di halaman publik, dengan teks berikut (sudah disamarkan):
dash-pub-state-withheld = Ditahan staf: tidak tampil di halaman publik, data terbuka maupun API.
dash-pub-state-withdrawn = Ditarik oleh pelapor: tidak tampil di halaman publik, dan staf tidak dapat membatalkannya.
dash-pub-text = Uraian yang dipublikasikan
dash-pub-reply = Jawaban perangkat daerah:
dash-pub-edit = Simpan teks publikasi
dash-pub-reason = Alasan menahan (dicatat)
dash-pub-withhold = Tahan dari halaman publik
dash-pub-release = Publikasikan lagi
dash-pub-outcome-withheld = Laporan ditahan dari halaman publik. Tindakan ini dicatat.
dash-pub-outcome-released = Laporan dilepas: tampil lagi di halaman publik bila aturan publikasi mengizinkan. Tindakan ini dicatat.
dash-pub-outcome-edited = Teks publikasi disimpan (disamarkan lagi). Tindakan ini dicatat.
dash-pub-outcome-empty = Uraian yang dipublikasikan tidak boleh kosong; tidak ada yang diubah.
dash-pub-outcome-done = Selesai.
dash-pub-outcome-unknown = Tiket tidak ditemukan.
dash-pub-outcome-withdrawn = Pelapor sudah menarik laporan ini dari publikasi; staf tidak dapat mengubahnya.
dash-pub-outcome-not_published = Laporan ini belum dipublikasikan: belum ada teks untuk disunting.
dash-error-publication = Tindakan publikasi ini tidak dikenal, atau tiket ini tidak pernah dipublikasikan.
dash-event-publication-withheld = Ditahan dari publikasi
dash-event-publication-released = Dipublikasikan lagi
dash-event-publication-edited = Teks publikasi disunting
dash-event-publication-withdrawn = Ditarik dari publikasi oleh pelapor

## Files a step did not ask for, outside the complaint draft (issue 14, item 6)
attachment-kept-request = 📎 { $what } disimpan bersama permohonan ({ $count } dari { $max } lampiran).
attachment-full-request = { $what } tidak disimpan: permohonan sudah berisi { $max } lampiran.
attachment-kept-ticket = 📎 { $what } disimpan bersama laporan <code>{ $code }</code> dan diteruskan ke petugas.
attachment-kept-ticket-info = 📎 { $what } disimpan bersama permohonan informasi <code>{ $code }</code> dan diteruskan ke PPID.
staff-followup-attachment-info = 📨 <b>Lampiran tambahan dari pemohon</b> untuk <code>{ $code }</code>.
staff-action-attachment = lampiran dari pelapor
attachment-carry-expired = 📎 { $count } lampiran yang Anda kirim lebih dari { $hours } jam lalu tidak disertakan dalam laporan ini. Bila masih terkait, kirim lagi saat diminta.
dash-clock-autoclose = Tutup otomatis
dash-clock-autoclose-on = { $due }, bila warga tidak membalas
dash-clock-decision = Batas keputusan
dash-clock-decision-by = { $due }
dash-clock-decision-extended = { $due } (diperpanjang)
dash-photo-missing = Foto tidak tersedia
dash-photo-later = Foto belum dapat diambil

## aduan demo (the console): its banner, help and clock
demo-banner =
    aduan demo — { $regency }
    Ketik pesan sebagai warga (coba: /start, "syarat bikin kk", /lapor jalan rusak ...).
    #N menekan tombol N · :admin KODE TEKS · :ppid KODE TEKS · :time +2d · :help · :quit
demo-help =
    Yang bisa Anda ketik:
      teks apa saja          pesan Anda sebagai warga (/start, /lapor ..., /informasi, /status)
      #N                     tekan tombol N dari pesan terakhir yang Anda terima
      :loc LAT LON           kirim lokasi · :photo [keterangan] kirim foto · :sticker
      :doc NAMA [keterangan] kirim dokumen (mis. :doc surat.pdf)
      :admin KODE TEKS       tulis di grup staf instansi KODE (mis. :admin pupr /tiket)
      :admin KODE #N         tekan tombol N dari pesan terakhir di grup itu
      :admin KODE >N TEKS    balas "pesan N" di grup itu (jawaban ke pelapor)
      :ppid KODE ...         sama seperti :admin, di chat PPID instansi KODE (permohonan informasi)
      :supervisor ...        sama, di grup supervisor (tanpa KODE: :supervisor #1)
      :atasan ...            sama, di chat atasan PPID (keberatan)
      :time +2d · :time +3h  majukan jam demo: tenggat, pengingat, eskalasi, ringkasan harian
      :time                  tampilkan jam demo
      :help · :quit          daftar ini · keluar
    Coba tenggat: ajukan /lapor ..., lalu :time +4d (pengingat ke instansi) dan :time +2d
    (eskalasi ke supervisor, tekan tombolnya dengan :supervisor #1).
demo-clock = jam demo: { $when }
demo-clock-ahead = jam demo: { $when }, { $days } hari { $hours } jam di depan jam sebenarnya

## aduan demo (the console): a typed line it refuses
demo-usage-agency-chat = cara pakai: { $command } KODE TEKS | #N | >N TEKS
demo-usage-chat = cara pakai: { $command } TEKS | #N | >N TEKS
demo-usage-agency-reply = cara pakai: { $command } KODE >N TEKS (N: nomor pesan)
demo-usage-reply = cara pakai: { $command } >N TEKS (N: nomor pesan)
demo-usage-loc = cara pakai: :loc LINTANG BUJUR
demo-unknown-agency = instansi '{ $code }' tidak dikenal; kode: { $codes }
demo-no-such-chat = { $command }: berkas instansi tidak memuat chat ini
demo-no-button = tidak ada tombol { $button }
demo-unknown-command = perintah '{ $command }' tidak dikenal: :help menampilkan daftarnya
demo-clock-unreadable = '{ $typed }': tulis langkah maju seperti +2d, +3h, +1d12h atau +30m
demo-clock-out-of-range = '{ $typed }': langkahnya harus lebih dari 0 dan paling lama 366 hari

## aduan demo (the console): who a printed message is for
demo-chat-you = 🤖 Bot → Anda
demo-chat-supervisors = 🛡  [Grup supervisor]
demo-chat-superior = ⚖️  [Atasan PPID]
demo-chat-ppid = 📄 [PPID { $agency }]
demo-chat-staff = 📋 [Grup staf { $agency }]
demo-chat-other = 💬 [chat { $chat }]
demo-message-numbered = { $label } (pesan { $number })
demo-message-edited = { $label } (pesan { $number } diperbarui)
demo-message-new-topic = { $label } [topik baru: { $topic }]
demo-photo = [foto { $number }]
demo-document = [dokumen { $number }]
demo-popup = 🔔 Popup, hanya untuk yang menekan tombol — { $label }
