<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>pela-console</name>
    <message>
        <source>Pela 112 operator console.</source>
        <translation>Konsol operator Pela 112.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>PostgreSQL server to use (conninfo or URI). Default: PELA_DATABASE_URL, the settings file, or the embedded local database.</source>
        <translation>Server PostgreSQL yang dipakai (conninfo atau URI). Bawaan: PELA_DATABASE_URL, berkas pengaturan, atau basis data lokal tertanam.</translation>
    </message>
    <message>
        <source>Language of the console: id (Indonesian) or en (English). Default: PELA_LANGUAGE, the last choice, or the system language.</source>
        <translation>Bahasa konsol: id (Indonesia) atau en (Inggris). Bawaan: PELA_LANGUAGE, pilihan terakhir, atau bahasa sistem.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window after start-up to FILE, then exit.</source>
        <translation>Simpan gambar PNG jendela ke BERKAS setelah konsol siap, lalu keluar.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini, lalu keluar.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumen tidak dikenal: %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>tangkapan layar tidak dapat ditulis ke %1</translation>
    </message>
    <message>
        <source>the Indonesian translation cannot be loaded; using English</source>
        <translation>terjemahan bahasa Indonesia tidak dapat dimuat; memakai bahasa Inggris</translation>
    </message>
    <message>
        <source>--language must be id or en, not &quot;%1&quot;</source>
        <translation>--language harus id atau en, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>pela::core::CaseEventModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>pela::core::CaseListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>Alasan menunggu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>closed case: its state, then its closing time</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pela::core::DbError</name>
    <message>
        <source>The database server answered, but the Pela database does not exist on it.</source>
        <translation>Server basis data menjawab, tetapi basis data Pela tidak ada di server itu.</translation>
    </message>
    <message>
        <source>The database server refused the login (wrong user name or password, or this workstation is not allowed).</source>
        <translation>Server basis data menolak login (nama pengguna atau kata sandi salah, atau komputer ini tidak diizinkan).</translation>
    </message>
    <message>
        <source>The database server cannot be reached (it is not running, or the address is wrong, or the network is down).</source>
        <translation>Server basis data tidak dapat dihubungi (server tidak berjalan, alamatnya salah, atau jaringan terputus).</translation>
    </message>
    <message>
        <source>Not connected to the database.</source>
        <translation>Tidak terhubung ke basis data.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>Sambungan ke basis data terputus.</translation>
    </message>
    <message>
        <source>(unreadable connection settings)</source>
        <translation>(pengaturan sambungan tidak terbaca)</translation>
    </message>
</context>
<context>
    <name>pela::core::DeviceRegistry</name>
    <message>
        <source>A device token has %1 to %2 characters.</source>
        <translation>Token perangkat terdiri dari %1 sampai %2 karakter.</translation>
    </message>
    <message>
        <source>A device token has only letters, digits and punctuation, no spaces.</source>
        <translation>Token perangkat hanya berisi huruf, angka dan tanda baca, tanpa spasi.</translation>
    </message>
    <message>
        <source>A device id has 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;.</source>
        <translation>ID perangkat terdiri dari 1 sampai 64 huruf, angka, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; atau &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Unit %1 tidak ada.</translation>
    </message>
    <message>
        <source>Device %1 already reports for %2 (registered by %3 at %4); remove it first.</source>
        <translation>Perangkat %1 sudah melapor untuk %2 (didaftarkan oleh %3 pada %4); hapus dulu.</translation>
    </message>
    <message>
        <source>Device %1 was registered a moment ago by someone else.</source>
        <translation>Perangkat %1 baru saja didaftarkan oleh orang lain.</translation>
    </message>
    <message>
        <source>Device %1 reports for %2.</source>
        <translation>Perangkat %1 melapor untuk %2.</translation>
    </message>
    <message>
        <source>Device %1 reports for %2 with its token.</source>
        <translation>Perangkat %1 melapor untuk %2 dengan tokennya.</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>Perangkat %1 tidak ada.</translation>
    </message>
    <message>
        <source>Device %1 no longer reports for %2.</source>
        <translation>Perangkat %1 tidak lagi melapor untuk %2.</translation>
    </message>
</context>
<context>
    <name>pela::core::EmbeddedServer</name>
    <message>
        <source>The local database server could not be started (%1 failed).</source>
        <translation>Server basis data lokal tidak dapat dijalankan (%1 gagal).</translation>
    </message>
    <message>
        <source>%1 not found; is PostgreSQL installed?</source>
        <translation>%1 tidak ditemukan; apakah PostgreSQL sudah terpasang?</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the local database.</source>
        <translation>Folder %1 untuk basis data lokal tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this computer, so the local database cannot be created.</source>
        <translation>PostgreSQL belum terpasang di komputer ini, sehingga basis data lokal tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>install the Debian package &apos;postgresql&apos;</source>
        <translation>pasang paket Debian &apos;postgresql&apos;</translation>
    </message>
    <message>
        <source>The local database settings cannot be written.</source>
        <translation>Pengaturan basis data lokal tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Another program is still starting the local database; try again.</source>
        <translation>Program lain masih menyalakan basis data lokal; coba lagi.</translation>
    </message>
    <message>
        <source>The local database settings cannot be read.</source>
        <translation>Pengaturan basis data lokal tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>pela::core::GatewayLogin</name>
    <message>
        <source>Cannot write the gateway&apos;s password file %1.</source>
        <translation>Berkas kata sandi gateway %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>pela::core::HospitalListModel</name>
    <message>
        <source>unknown</source>
        <translation>tak diketahui</translation>
    </message>
    <message>
        <source>≈ %1, %2</source>
        <translation>≈ %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>IGD</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Tempat tidur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
</context>
<context>
    <name>pela::core::IncidentCommands</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Kasus %1 tidak ada.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Unit %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1&apos;s assignment changed at this moment; look again.</source>
        <translation>Penugasan %1 baru saja berubah; periksa lagi.</translation>
    </message>
    <message>
        <source>There is no hospital with code %1.</source>
        <translation>Tidak ada rumah sakit dengan kode %1.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was saved. Try again.</source>
        <translation>Basis data tidak dapat dihubungi; tidak ada yang tersimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment; try again.</source>
        <translation>Orang lain mengubah data ini pada saat yang sama; coba lagi.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Basis data menolak perubahan: %1</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; choose one of: %2.</source>
        <translation>Kategori &quot;%1&quot; tidak dikenal; pilih salah satu: %2.</translation>
    </message>
    <message>
        <source>Priority must be 1 (red), 2 (yellow), 3 (green) or 4.</source>
        <translation>Prioritas harus 1 (merah), 2 (kuning), 3 (hijau), atau 4.</translation>
    </message>
    <message>
        <source>The number of patients must be between 0 and 500.</source>
        <translation>Jumlah pasien harus antara 0 dan 500.</translation>
    </message>
    <message>
        <source>Where is the emergency? Give an address, a kelurahan or a point on the map.</source>
        <translation>Di mana lokasi daruratnya? Isi alamat, kelurahan, atau titik di peta.</translation>
    </message>
    <message>
        <source>There is no kelurahan with code %1.</source>
        <translation>Tidak ada kelurahan dengan kode %1.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Kasus %1 dibuka.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it or open a new case.</source>
        <translation>Kasus %1 sudah ditutup; buka kembali atau buat kasus baru.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Kategori &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Case %1 was changed by %2 at %3 while you were editing; look at the new details and save again.</source>
        <translation>Kasus %1 diubah oleh %2 pukul %3 saat Anda sedang menyunting; periksa data terbaru lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it before assigning a unit.</source>
        <translation>Kasus %1 sudah ditutup; buka kembali sebelum menugaskan unit.</translation>
    </message>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 sudah ditugaskan ke %2.</translation>
    </message>
    <message>
        <source>%1 is out of service since %2 (%3), set by %4.</source>
        <translation>%1 tidak bertugas sejak %2 (%3), ditetapkan oleh %4.</translation>
    </message>
    <message>
        <source>%1 is already on %2 since %3, assigned by %4.</source>
        <translation>%1 sudah ditugaskan ke %2 sejak %3 oleh %4.</translation>
    </message>
    <message>
        <source>%1 is %2 on %3 and cannot be taken off it; clear it first.</source>
        <translation>%1 berstatus %2 pada %3 dan tidak dapat ditarik; nyatakan selesai dulu.</translation>
    </message>
    <message>
        <source>reassigned to %1</source>
        <translation>dipindahkan ke %1</translation>
    </message>
    <message>
        <source>%1 requested from %2 for %3; waiting for acceptance.</source>
        <translation>%1 diminta dari %2 untuk %3; menunggu persetujuan.</translation>
    </message>
    <message>
        <source>%1 dispatched to %2.</source>
        <translation>%1 ditugaskan ke %2.</translation>
    </message>
    <message>
        <source>Which hospital is %1 transporting to? Give its code.</source>
        <translation>%1 mengantar ke rumah sakit mana? Isi kodenya.</translation>
    </message>
    <message>
        <source>Use assign, accept, decline or cancel for &quot;%1&quot;.</source>
        <translation>Untuk &quot;%1&quot;, gunakan tugaskan, terima, tolak, atau batalkan.</translation>
    </message>
    <message>
        <source>%1 has no assignment (it is %2).</source>
        <translation>%1 tidak punya penugasan (statusnya %2).</translation>
    </message>
    <message>
        <source>%1 on %2: %3.</source>
        <translation>%1 pada %2: %3.</translation>
    </message>
    <message>
        <source>Warning: %1 is diverting (%2).</source>
        <translation>Peringatan: %1 sedang mengalihkan pasien (%2).</translation>
    </message>
    <message>
        <source>%1 has no assignment to cancel (it is %2).</source>
        <translation>%1 tidak punya penugasan untuk dibatalkan (statusnya %2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Say why the request is declined.</source>
        <translation>Sebutkan alasan permintaan ditolak.</translation>
    </message>
    <message>
        <source>Say why the unit is out of service.</source>
        <translation>Sebutkan alasan unit tidak bertugas.</translation>
    </message>
    <message>
        <source>%1 is on %2; clear or cancel that first.</source>
        <translation>%1 sedang bertugas di %2; selesaikan atau batalkan dulu.</translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation>Kasus %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>Case %1 still has units on it (%2); clear or cancel them before closing.</source>
        <translation>Kasus %1 masih memiliki unit yang bertugas (%2); selesaikan atau batalkan dulu sebelum menutup.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Sebutkan alasan kasus dibuka kembali.</translation>
    </message>
    <message>
        <source>Case %1 is not closed.</source>
        <translation>Kasus %1 belum ditutup.</translation>
    </message>
    <message>
        <source>Name the agency (e.g. Damkar, BPBD, Polresta, PLN).</source>
        <translation>Sebutkan instansinya (mis. Damkar, BPBD, Polresta, PLN).</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>Kasus %1 sudah ditutup.</translation>
    </message>
    <message>
        <source>Case %1 has not been forwarded to %2 yet.</source>
        <translation>Kasus %1 belum diteruskan ke %2.</translation>
    </message>
    <message>
        <source>The referral to %1 is already %2.</source>
        <translation>Penerusan ke %1 sudah berstatus %2.</translation>
    </message>
    <message>
        <source>A case cannot be a duplicate of itself.</source>
        <translation>Kasus tidak dapat menjadi duplikat dirinya sendiri.</translation>
    </message>
    <message>
        <source>Both cases must exist (%1, %2).</source>
        <translation>Kedua kasus harus ada (%1, %2).</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it before merging into it.</source>
        <translation>Kasus %1 sudah ditutup; buka kembali sebelum menggabungkan kasus ke dalamnya.</translation>
    </message>
    <message>
        <source>Case %1 has units on it; move or cancel them before marking it a duplicate.</source>
        <translation>Kasus %1 masih memiliki unit; pindahkan atau batalkan dulu sebelum menandainya sebagai duplikat.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Kasus tidak dapat ditautkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>Say why the emergency department is limited or diverting.</source>
        <translation>Sebutkan alasan IGD terbatas atau mengalihkan pasien.</translation>
    </message>
    <message>
        <source>Bed category &quot;%1&quot; must be a short lower-case word (e.g. igd, icu).</source>
        <translation>Kategori tempat tidur &quot;%1&quot; harus berupa satu kata pendek berhuruf kecil (mis. igd, icu).</translation>
    </message>
    <message>
        <source>Available beds must be between 0 and the total (%1 given).</source>
        <translation>Tempat tidur tersedia harus antara 0 dan jumlah totalnya (diisi %1).</translation>
    </message>
    <message>
        <source>%1 cannot go to %2: %3.</source>
        <translation>%1 tidak dapat ditugaskan ke %2: %3.</translation>
    </message>
    <message>
        <source>The caller&apos;s number is marked withheld, yet &quot;%1&quot; was given; keep one of the two.</source>
        <translation>Nomor penelepon ditandai disembunyikan, tetapi &quot;%1&quot; diisi; pilih salah satu.</translation>
    </message>
    <message>
        <source>The caller&apos;s number %1 is unusual (%2); it was saved as given.</source>
        <translation>Nomor penelepon %1 tidak biasa (%2); disimpan sesuai yang diisi.</translation>
    </message>
    <message>
        <source>Case %1: %2.</source>
        <translation>Kasus %1: %2.</translation>
    </message>
    <message>
        <source>Case %1 was already closed by %2 at %3 (%4).</source>
        <translation>Kasus %1 sudah ditutup oleh %2 pukul %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is already available.</source>
        <translation>%1 sudah tersedia.</translation>
    </message>
    <message>
        <source>%1 is %2 on %3 (since %4, by %5); &quot;available&quot; only brings a unit back from out of service. Clear the unit when it is done, or cancel the assignment.</source>
        <translation>%1 berstatus %2 pada %3 (sejak %4, oleh %5); &quot;tersedia&quot; hanya untuk mengaktifkan kembali unit yang tidak bertugas. Selesaikan unit setelah tugasnya beres, atau batalkan penugasannya.</translation>
    </message>
    <message>
        <source>There is no open request for %1 (it may have expired).</source>
        <translation>Tidak ada permintaan terbuka untuk %1 (mungkin sudah kedaluwarsa).</translation>
    </message>
    <message>
        <source>Case %1 was already saved.</source>
        <translation>Kasus %1 sudah tersimpan.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it to change it.</source>
        <translation>Kasus %1 sudah ditutup; buka kembali untuk mengubahnya.</translation>
    </message>
    <message>
        <source>You speak for %1; %2 is changed by its own liaison or by the shift lead.</source>
        <translation>Anda mewakili %1; %2 diubah oleh petugas penghubungnya sendiri atau oleh kepala shift.</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>membuka kasus</translation>
    </message>
    <message>
        <source>add a call to a case</source>
        <translation>menambahkan panggilan ke kasus</translation>
    </message>
    <message>
        <source>change a case&apos;s details</source>
        <translation>mengubah rincian kasus</translation>
    </message>
    <message>
        <source>change a case&apos;s priority</source>
        <translation>mengubah prioritas kasus</translation>
    </message>
    <message>
        <source>assign a unit</source>
        <translation>menugaskan unit</translation>
    </message>
    <message>
        <source>change a unit&apos;s status on a case</source>
        <translation>mengubah status unit pada kasus</translation>
    </message>
    <message>
        <source>cancel a unit&apos;s assignment</source>
        <translation>membatalkan penugasan unit</translation>
    </message>
    <message>
        <source>answer a partner request</source>
        <translation>menjawab permintaan mitra</translation>
    </message>
    <message>
        <source>expire unanswered requests</source>
        <translation>mengakhiri permintaan yang tidak dijawab</translation>
    </message>
    <message>
        <source>take a unit out of service or back</source>
        <translation>menonaktifkan unit atau mengaktifkannya kembali</translation>
    </message>
    <message>
        <source>mark a patient as arrived</source>
        <translation>menandai pasien sudah tiba</translation>
    </message>
    <message>
        <source>close a case</source>
        <translation>menutup kasus</translation>
    </message>
    <message>
        <source>reopen a case</source>
        <translation>membuka kembali kasus</translation>
    </message>
    <message>
        <source>refer a case to an agency</source>
        <translation>merujuk kasus ke instansi</translation>
    </message>
    <message>
        <source>mark a case as a duplicate</source>
        <translation>menandai kasus sebagai duplikat</translation>
    </message>
    <message>
        <source>link related cases</source>
        <translation>menautkan kasus yang berkaitan</translation>
    </message>
    <message>
        <source>set a hospital&apos;s emergency department status</source>
        <translation>mengatur status IGD rumah sakit</translation>
    </message>
    <message>
        <source>set a hospital&apos;s free beds</source>
        <translation>mengatur tempat tidur kosong rumah sakit</translation>
    </message>
    <message>
        <source>a call-taker, dispatcher or shift lead</source>
        <translation>penerima panggilan, dispatcher atau kepala shift</translation>
    </message>
    <message>
        <source>any console of the centre or of a hospital</source>
        <translation>setiap konsol pusat atau rumah sakit</translation>
    </message>
    <message>
        <source>a dispatcher or shift lead</source>
        <translation>dispatcher atau kepala shift</translation>
    </message>
    <message>
        <source>a dispatcher, or the liaison of the hospital that owns the unit</source>
        <translation>dispatcher, atau petugas penghubung rumah sakit pemilik unit</translation>
    </message>
    <message>
        <source>a dispatcher, or the liaison of the receiving hospital</source>
        <translation>dispatcher, atau petugas penghubung rumah sakit tujuan</translation>
    </message>
    <message>
        <source>a shift lead</source>
        <translation>kepala shift</translation>
    </message>
    <message>
        <source>a shift lead, or the hospital&apos;s own liaison</source>
        <translation>kepala shift, atau petugas penghubung rumah sakit itu sendiri</translation>
    </message>
    <message>
        <source>The case %1 is closed; reopen it to change it.</source>
        <translation>Kasus %1 sudah ditutup; buka kembali untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The state of case %1 follows its units; change those.</source>
        <translation>Status kasus %1 mengikuti unitnya; ubahlah unitnya.</translation>
    </message>
    <message>
        <source>The status of %1 follows its assignment; a unit is only taken out of service (when free) and back.</source>
        <translation>Status %1 mengikuti penugasannya; unit hanya dapat dinonaktifkan (saat bebas) dan diaktifkan kembali.</translation>
    </message>
    <message>
        <source>%1 belongs to %2; only its own hospital&apos;s liaison or a dispatcher may do this.</source>
        <translation>%1 milik %2; hanya petugas penghubung rumah sakit itu sendiri atau dispatcher yang boleh melakukannya.</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>pemerintah kota</translation>
    </message>
    <message>
        <source>%1 is not bringing its patient to your hospital.</source>
        <translation>%1 tidak membawa pasiennya ke rumah sakit Anda.</translation>
    </message>
    <message>
        <source>Say why %1 is out of service.</source>
        <translation>Sebutkan alasan %1 tidak beroperasi.</translation>
    </message>
    <message>
        <source>%1 is out of service.</source>
        <translation>%1 tidak beroperasi.</translation>
    </message>
    <message>
        <source>%1 is not transporting a patient.</source>
        <translation>%1 tidak sedang membawa pasien.</translation>
    </message>
    <message>
        <source>%1 is a hearse; a hearse only serves hearse transport.</source>
        <translation>%1 adalah mobil jenazah; mobil jenazah hanya untuk angkutan jenazah.</translation>
    </message>
    <message>
        <source>That step is not possible for the unit&apos;s assignment now.</source>
        <translation>Langkah itu tidak mungkin untuk penugasan unit saat ini.</translation>
    </message>
    <message>
        <source>A position dated in the future was refused.</source>
        <translation>Posisi bertanggal di masa depan ditolak.</translation>
    </message>
    <message>
        <source>The call&apos;s time is in the future or more than 7 days old; check the clock.</source>
        <translation>Waktu panggilan ada di masa depan atau lebih dari 7 hari yang lalu; periksa jam.</translation>
    </message>
    <message>
        <source>The connection was lost while saving; the outcome is unknown. Check the board before trying again.</source>
        <translation>Koneksi terputus saat menyimpan; hasilnya tidak diketahui. Periksa papan kasus sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>Your role may not %1; that is for %2.</source>
        <translation>Peran Anda tidak boleh %1; itu tugas %2.</translation>
    </message>
    <message>
        <source>The database did not answer in time (busy or locked elsewhere); nothing was saved. Try again.</source>
        <translation>Basis data tidak menjawab tepat waktu (sibuk atau terkunci di tempat lain); tidak ada yang tersimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>%1 accepted for %2.</source>
        <translation>%1 diterima untuk %2.</translation>
    </message>
    <message>
        <source>%1 declined for %2.</source>
        <translation>%1 ditolak untuk %2.</translation>
    </message>
    <message>
        <source>%1 has arrived with the patient of %2.</source>
        <translation>%1 telah tiba dengan pasien %2.</translation>
    </message>
    <message>
        <source>%1 is back in service.</source>
        <translation>%1 kembali beroperasi.</translation>
    </message>
</context>
<context>
    <name>pela::core::InputRules</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nama penelepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>%1: too long (%2 characters, at most %3).</source>
        <translation>%1: terlalu panjang (%2 karakter, paling banyak %3).</translation>
    </message>
    <message>
        <source>%1: a control character (U+%2) at position %3; remove it.</source>
        <translation>%1: ada karakter kontrol (U+%2) di posisi %3; hapus karakter itu.</translation>
    </message>
    <message>
        <source>A location needs both latitude and longitude.</source>
        <translation>Lokasi memerlukan lintang dan bujur sekaligus.</translation>
    </message>
    <message>
        <source>The coordinates must be numbers (latitude -90..90, longitude -180..180).</source>
        <translation>Koordinat harus berupa angka (lintang -90..90, bujur -180..180).</translation>
    </message>
    <message>
        <source>The coordinates %1, %2 are not on Earth (latitude -90..90, longitude -180..180).</source>
        <translation>Koordinat %1, %2 tidak ada di Bumi (lintang -90..90, bujur -180..180).</translation>
    </message>
    <message>
        <source>A location&apos;s uncertainty must be a number of metres, 0 or more.</source>
        <translation>Ketidakpastian lokasi harus berupa angka dalam meter, 0 atau lebih.</translation>
    </message>
</context>
<context>
    <name>pela::core::Lifecycle</name>
    <message>
        <source>the assignment has already ended (%1)</source>
        <translation>penugasan sudah berakhir (%1)</translation>
    </message>
    <message>
        <source>a unit that is %1 cannot be cancelled; clear it instead</source>
        <translation>unit yang berstatus %1 tidak dapat dibatalkan; nyatakan selesai saja</translation>
    </message>
    <message>
        <source>the unit&apos;s owner has not accepted the request yet</source>
        <translation>pemilik unit belum menerima permintaan</translation>
    </message>
    <message>
        <source>a unit cannot go from %1 to %2</source>
        <translation>status unit tidak dapat berubah dari %1 ke %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>unit requested</source>
        <translation>unit diminta</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>ditugaskan</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>dalam perjalanan</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>di lokasi</translation>
    </message>
    <message>
        <source>transporting</source>
        <translation>mengantar ke RS</translation>
    </message>
    <message>
        <source>at hospital</source>
        <translation>tiba di RS</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>diteruskan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>diminta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>available</source>
        <translation>tersedia</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>tidak bertugas</translation>
    </message>
    <message>
        <source>transported</source>
        <translation>diantar ke RS</translation>
    </message>
    <message>
        <source>treated on scene</source>
        <translation>ditangani di lokasi</translation>
    </message>
    <message>
        <source>refused care</source>
        <translation>menolak ditangani</translation>
    </message>
    <message>
        <source>no patient found</source>
        <translation>pasien tidak ditemukan</translation>
    </message>
    <message>
        <source>cancelled by caller</source>
        <translation>dibatalkan penelepon</translation>
    </message>
    <message>
        <source>referred to agency</source>
        <translation>diteruskan ke instansi</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>prank</source>
        <translation>iseng</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>diteruskan</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>a hearse only serves hearse transport cases</source>
        <translation>mobil jenazah hanya melayani kasus angkutan jenazah</translation>
    </message>
    <message>
        <source>a duplicate is marked with the case it duplicates, so that its calls move there; mark it as a duplicate instead of closing it</source>
        <translation>kasus duplikat ditandai bersama kasus aslinya agar panggilannya pindah ke sana; tandai sebagai duplikat, jangan ditutup</translation>
    </message>
    <message>
        <source>no unit of this case transported a patient (none reached transporting or at hospital), so it cannot close as transported</source>
        <translation>tidak ada unit kasus ini yang mengantar pasien (tidak ada yang sampai mengantar ke RS atau tiba di RS), jadi kasus tidak dapat ditutup sebagai diantar ke RS</translation>
    </message>
</context>
<context>
    <name>pela::core::Migrator</name>
    <message>
        <source>The database was prepared by a newer version of Pela (schema %1; this program knows %2). Update this workstation&apos;s Pela.</source>
        <translation>Basis data ini disiapkan oleh versi Pela yang lebih baru (skema %1; program ini hanya mengenal %2). Perbarui Pela di komputer ini.</translation>
    </message>
    <message>
        <source>The database is not prepared for this version of Pela (schema %1, needs %2). An administrator runs &apos;pela-admin migrate&apos;.</source>
        <translation>Basis data belum disiapkan untuk versi Pela ini (skema %1, perlu %2). Administrator perlu menjalankan &apos;pela-admin migrate&apos;.</translation>
    </message>
    <message>
        <source>Waiting for another migration failed</source>
        <translation>Gagal menunggu migrasi lain selesai</translation>
    </message>
    <message>
        <source>Creating the migration table failed</source>
        <translation>Gagal membuat tabel migrasi</translation>
    </message>
    <message>
        <source>Migration %1 failed</source>
        <translation>Migrasi %1 gagal</translation>
    </message>
    <message>
        <source>Recording migration %1 failed</source>
        <translation>Gagal mencatat migrasi %1</translation>
    </message>
    <message>
        <source>Loading Ambon&apos;s reference data failed</source>
        <translation>Gagal memuat data referensi Ambon</translation>
    </message>
    <message>
        <source>Saving the migration failed</source>
        <translation>Gagal menyimpan migrasi</translation>
    </message>
</context>
<context>
    <name>pela::core::PhoneNumber</name>
    <message>
        <source>No caller number: type the number, or mark it withheld.</source>
        <translation>Nomor penelepon kosong: ketik nomornya, atau tandai sebagai disembunyikan.</translation>
    </message>
    <message>
        <source>The phone number is too long (%1 characters, at most %2).</source>
        <translation>Nomor telepon terlalu panjang (%1 karakter, paling banyak %2).</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only contain digits, +, spaces, brackets and dashes.</source>
        <translation>Nomor telepon &quot;%1&quot; hanya boleh berisi angka, +, spasi, tanda kurung, dan tanda hubung.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; has no digits; type the number, or mark it withheld.</source>
        <translation>Nomor telepon &quot;%1&quot; tidak berisi angka; ketik nomornya, atau tandai sebagai disembunyikan.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short to be a phone number.</source>
        <translation>Nomor telepon &quot;%1&quot; terlalu pendek untuk sebuah nomor telepon.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; has %2 digits; a phone number has at most %3.</source>
        <translation>Nomor telepon &quot;%1&quot; berisi %2 angka; nomor telepon paling banyak %3 angka.</translation>
    </message>
    <message>
        <source>not a complete phone number</source>
        <translation>bukan nomor telepon lengkap</translation>
    </message>
    <message>
        <source>a number from abroad (%1)</source>
        <translation>nomor luar negeri (%1)</translation>
    </message>
    <message>
        <source>a short code</source>
        <translation>nomor pendek</translation>
    </message>
</context>
<context>
    <name>pela::core::RoadFeatureReader</name>
    <message>
        <source>Not GeoJSON: %1 at byte %2.</source>
        <translation>Bukan GeoJSON: %1 pada byte %2.</translation>
    </message>
    <message>
        <source>Not a GeoJSON FeatureCollection.</source>
        <translation>Bukan FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Tidak dapat membaca %1: %2.</translation>
    </message>
</context>
<context>
    <name>pela::core::RoadSettingsLoader</name>
    <message>
        <source>Setting %1 is not valid JSON; the default is used.</source>
        <translation>Pengaturan %1 bukan JSON yang valid; nilai bawaan dipakai.</translation>
    </message>
    <message>
        <source>Setting %1 must be an object of km/h figures; the defaults are used.</source>
        <translation>Pengaturan %1 harus berupa objek berisi angka km/jam; nilai bawaan dipakai.</translation>
    </message>
    <message>
        <source>Setting %1: %2 is not a speed in km/h; the default is used.</source>
        <translation>Pengaturan %1: %2 bukan kecepatan dalam km/jam; nilai bawaan dipakai.</translation>
    </message>
    <message>
        <source>Setting %1 must be a positive number up to %2; the default is used.</source>
        <translation>Pengaturan %1 harus berupa angka positif paling besar %2; nilai bawaan dipakai.</translation>
    </message>
    <message>
        <source>Setting straight_line_detour_factor must be at least 1; the default is used.</source>
        <translation>Pengaturan straight_line_detour_factor minimal 1; nilai bawaan dipakai.</translation>
    </message>
    <message>
        <source>Setting road_against_oneway_allowed must be true or false; the default is used.</source>
        <translation>Pengaturan road_against_oneway_allowed harus true atau false; nilai bawaan dipakai.</translation>
    </message>
</context>
<context>
    <name>pela::core::UnitListModel</name>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tak diketahui</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (usang)</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>Kode panggil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Last fix</source>
        <translation>GPS terakhir</translation>
    </message>
</context>
<context>
    <name>pela::core::labels</name>
    <message>
        <source>Medical</source>
        <translation>Medis</translation>
    </message>
    <message>
        <source>Traffic accident</source>
        <translation>Kecelakaan lalu lintas</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Kebakaran</translation>
    </message>
    <message>
        <source>Natural disaster</source>
        <translation>Bencana alam</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Extreme weather</source>
        <translation>Cuaca ekstrem</translation>
    </message>
    <message>
        <source>Power outage</source>
        <translation>Listrik padam</translation>
    </message>
    <message>
        <source>Fallen tree</source>
        <translation>Pohon tumbang</translation>
    </message>
    <message>
        <source>Hearse transport</source>
        <translation>Angkutan jenazah</translation>
    </message>
    <message>
        <source>Other / information</source>
        <translation>Lainnya / informasi</translation>
    </message>
    <message>
        <source>Prank / silent call</source>
        <translation>Iseng / tanpa suara</translation>
    </message>
    <message>
        <source>Ambulance (BLS)</source>
        <translation>Ambulans (BLS)</translation>
    </message>
    <message>
        <source>Ambulance (ALS)</source>
        <translation>Ambulans (ALS)</translation>
    </message>
    <message>
        <source>Hearse</source>
        <translation>Mobil jenazah</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Penyelamatan</translation>
    </message>
    <message>
        <source>Motorcycle responder</source>
        <translation>Motor respons cepat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <source>Diverting</source>
        <translation>Pengalihan</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>IGD</translation>
    </message>
    <message>
        <source>ICU</source>
        <translation>ICU</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>%1 declined %2: %3</source>
        <translation>%1 menolak %2: %3</translation>
    </message>
    <message>
        <source>request for %1 expired: no answer within %2 s</source>
        <translation>permintaan %1 kedaluwarsa: tidak ada jawaban dalam %2 dtk</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 dibatalkan</translation>
    </message>
    <message>
        <source>%1 was cancelled: %2</source>
        <translation>%1 dibatalkan: %2</translation>
    </message>
    <message>
        <source>%1 was reassigned to %2</source>
        <translation>%1 dipindahkan ke %2</translation>
    </message>
    <message>
        <source>reopened: %1</source>
        <translation>dibuka kembali: %1</translation>
    </message>
</context>
<context>
    <name>pela::ui::CaseBoardPanel</name>
    <message>
        <source>Case board</source>
        <translation>Papan kasus</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 terbuka</translation>
    </message>
</context>
<context>
    <name>pela::ui::ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Try to connect to the database again (F5)</source>
        <translation>Coba sambungkan lagi ke basis data (F5)</translation>
    </message>
    <message>
        <source>NOT CONNECTED TO THE DATABASE: cases cannot be saved or shared</source>
        <translation>TIDAK TERHUBUNG KE BASIS DATA: kasus tidak dapat disimpan atau dibagikan</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Menghubungkan ke basis data…</translation>
    </message>
    <message>
        <source>The first start prepares the local database; this can take up to a minute.</source>
        <translation>Saat pertama kali dijalankan, basis data lokal disiapkan dulu; ini bisa makan waktu hingga satu menit.</translation>
    </message>
    <message>
        <source>Please wait.</source>
        <translation>Mohon tunggu.</translation>
    </message>
    <message>
        <source>LIVE UPDATES INTERRUPTED: reconnecting…</source>
        <translation>PEMBARUAN LANGSUNG TERPUTUS: menyambung ulang…</translation>
    </message>
    <message>
        <source>%1 The boards show the situation at %2 WIT and may be out of date.</source>
        <translation>%1 Papan menampilkan keadaan pukul %2 WIT dan mungkin sudah tidak terkini.</translation>
    </message>
</context>
<context>
    <name>pela::ui::MainWindow</name>
    <message>
        <source>Pela 112 — Operator console</source>
        <translation>Pela 112 — Konsol operator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Basis &amp;Data</translation>
    </message>
    <message>
        <source>&amp;Retry connection</source>
        <translation>&amp;Sambungkan ulang</translation>
    </message>
    <message>
        <source>&amp;Language / Bahasa</source>
        <translation>B&amp;ahasa / Language</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Call intake</source>
        <translation>Penerimaan panggilan</translation>
    </message>
    <message>
        <source>Placeholder: the call-intake form (caller, location, category, triage questions) will be here.</source>
        <translation>Tempat sementara: formulir penerimaan panggilan (penelepon, lokasi, kategori, pertanyaan triase) akan ada di sini.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Placeholder: the map of Ambon with cases, ambulances and hospitals will be here.</source>
        <translation>Tempat sementara: peta Ambon dengan kasus, ambulans, dan rumah sakit akan ada di sini.</translation>
    </message>
    <message>
        <source>embedded (local) database</source>
        <translation>basis data tertanam (lokal)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Terhubung ke %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Tidak terhubung: %1</translation>
    </message>
    <message>
        <source>%1 WIT</source>
        <translation>%1 WIT</translation>
    </message>
    <message>
        <source>Live updates interrupted; reconnecting to %1</source>
        <translation>Pembaruan langsung terputus; menyambung ulang ke %1</translation>
    </message>
    <message>
        <source>Units (%1 of %2 available)</source>
        <translation>Unit (%1 dari %2 tersedia)</translation>
    </message>
    <message>
        <source>Hospitals (%1)</source>
        <translation>Rumah sakit (%1)</translation>
    </message>
</context>
</TS>
