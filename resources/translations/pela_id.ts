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
        <source>--language must be id or en, not "%1"</source>
        <translation>--language harus id atau en, bukan "%1"</translation>
    </message>
    <message>
        <source>With --screenshot: the window's size, e.g. 1920x1080 (default 1366x768).</source>
        <translation>Dengan --screenshot: ukuran jendela, mis. 1920x1080 (bawaan 1366x768).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1920x1080, not "%1"</source>
        <translation>--size harus LEBARxTINGGI, misalnya 1920x1080, bukan "%1"</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>This workstation's name, which the phone system's rings are addressed to. Default: workstation= under [console] in the settings file, or the host name.</source>
        <translation>Nama komputer ini, tujuan dering dari sistem telepon. Bawaan: workstation= di bawah [console] dalam berkas pengaturan, atau nama host.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>Select this case (e.g. 2026-000003) once the board has it, with its dispatch advice (with --screenshot: pictured with it).</source>
        <translation>Pilih kasus ini (mis. 2026-000003) begitu ada di papan, beserta saran pengirimannya (dengan --screenshot: ikut difoto).</translation>
    </message>
    <message>
        <source>Start as the wall display: the case board and the hospitals alone, full screen, in large type (Esc or F11 leaves it).</source>
        <translation>Mulai sebagai layar dinding: hanya papan kasus dan rumah sakit, layar penuh, huruf besar (Esc atau F11 untuk keluar).</translation>
    </message>
</context>
<context>
    <name>pela::core::CaseBoardModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a unit on a case: call sign, then its status</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a referral: the agency, then where it stands</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kelurahan, then the location as described</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>ditutup %1</translation>
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
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Di status</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Pengatur waktu</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Penerusan</translation>
    </message>
    <message>
        <source>Call-taker</source>
        <translation>Penerima panggilan</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>Alasan menunggu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a unit's ETA explained: call sign, then the ETA</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a unit's ETA: call sign, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ETA</source>
        <comment>estimated time of arrival of the units on their way</comment>
        <translation>Tiba dalam</translation>
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
    <name>pela::core::CaseTimelineModel</name>
    <message>
        <source>Case opened</source>
        <translation>Kasus dibuka</translation>
    </message>
    <message>
        <source>Another call</source>
        <translation>Panggilan tambahan</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Data diubah</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Prioritas diubah</translation>
    </message>
    <message>
        <source>Unit dispatched</source>
        <translation>Unit ditugaskan</translation>
    </message>
    <message>
        <source>Partner unit requested</source>
        <translation>Unit mitra diminta</translation>
    </message>
    <message>
        <source>Unit taken for another case</source>
        <translation>Unit diambil untuk kasus lain</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translation>Status unit</translation>
    </message>
    <message>
        <source>Assignment cancelled</source>
        <translation>Penugasan dibatalkan</translation>
    </message>
    <message>
        <source>Assignment undone</source>
        <translation>Penugasan diurungkan</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Permintaan diterima</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>Permintaan ditolak</translation>
    </message>
    <message>
        <source>Request expired</source>
        <translation>Permintaan kedaluwarsa</translation>
    </message>
    <message>
        <source>Patient arrived at hospital</source>
        <translation>Pasien tiba di rumah sakit</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Kasus ditutup</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Kasus dibuka kembali</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Penerusan</translation>
    </message>
    <message>
        <source>Marked as duplicate</source>
        <translation>Ditandai sebagai duplikat</translation>
    </message>
    <message>
        <source>Duplicate merged in</source>
        <translation>Duplikat digabungkan</translation>
    </message>
    <message>
        <source>Linked to a related case</source>
        <translation>Ditautkan ke kasus terkait</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Peringatan dikonfirmasi</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>P%1 → P%2: %3</source>
        <translation>P%1 → P%2: %3</translation>
    </message>
    <message>
        <source>%1 (taken from %2)</source>
        <translation>%1 (diambil dari %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ke %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>after %1 waiting</source>
        <translation>setelah menunggu %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <comment>login @ workstation</comment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Time (WIT)</source>
        <translation>Waktu (WIT)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>pela::core::CaseTimers</name>
    <message>
        <source>P%1 waiting for a unit %2</source>
        <translation>P%1 menunggu unit %2</translation>
    </message>
    <message>
        <source>pickup %1 passed %2 ago, no unit</source>
        <translation>jemput %1 lewat %2 lalu, belum ada unit</translation>
    </message>
    <message>
        <source>pickup at %1 (in %2)</source>
        <translation>jemput pukul %1 (dalam %2)</translation>
    </message>
    <message>
        <source>%1 request unanswered %2</source>
        <translation>permintaan %1 belum dijawab %2</translation>
    </message>
    <message>
        <source>%1 not en route %2</source>
        <translation>%1 belum berangkat %2</translation>
    </message>
    <message>
        <source>%1 on scene %2</source>
        <translation>%1 di lokasi %2</translation>
    </message>
    <message>
        <source>%1 at hospital %2</source>
        <translation>%1 di rumah sakit %2</translation>
    </message>
    <message>
        <source>%1 not acknowledged %2</source>
        <translation>%1 belum menanggapi %2</translation>
    </message>
</context>
<context>
    <name>pela::core::CommandRunner</name>
    <message>
        <source>The database did not answer within %1 s; nothing was saved. Try again.</source>
        <translation>Basis data tidak menjawab dalam %1 detik; tidak ada yang tersimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>No answer from the database within %1 s; the outcome is unknown — check the board.</source>
        <translation>Basis data tidak menjawab dalam %1 detik; hasilnya tidak diketahui — periksa papan kasus.</translation>
    </message>
    <message>
        <source>No answer from the database within %1 s.</source>
        <translation>Basis data tidak menjawab dalam %1 detik.</translation>
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
    <message>
        <source>The database stopped answering.</source>
        <translation>Basis data berhenti menjawab.</translation>
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
        <source>A device id has 1 to 64 letters, digits, '.', '_', ':' or '-'.</source>
        <translation>ID perangkat terdiri dari 1 sampai 64 huruf, angka, '.', '_', ':' atau '-'.</translation>
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
    <name>pela::core::DispatchAdvisor</name>
    <message>
        <source>%1: no ambulance within %2 min</source>
        <translation>%1: tidak ada ambulans dalam %2 menit</translation>
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
        <source>install the Debian package 'postgresql'</source>
        <translation>pasang paket Debian 'postgresql'</translation>
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
        <source>Cannot write the gateway's password file %1.</source>
        <translation>Berkas kata sandi gateway %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>pela::core::GazetteerSearchModel</name>
    <message>
        <source>Latitude %1 is impossible: it must be between -90 and 90 (Ambon is near -3.7).</source>
        <translation>Lintang %1 tidak mungkin: harus antara -90 dan 90 (Ambon sekitar -3,7).</translation>
    </message>
    <message>
        <source>Longitude %1 is impossible: it must be between -180 and 180 (Ambon is near 128.2).</source>
        <translation>Bujur %1 tidak mungkin: harus antara -180 dan 180 (Ambon sekitar 128,2).</translation>
    </message>
    <message>
        <source>kelurahan</source>
        <translation>kelurahan</translation>
    </message>
    <message>
        <source>desa</source>
        <translation>desa</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>landmark</source>
        <translation>tempat terkenal</translation>
    </message>
    <message>
        <source>street</source>
        <translation>jalan</translation>
    </message>
    <message>
        <source>place</source>
        <translation>tempat</translation>
    </message>
</context>
<context>
    <name>pela::core::HospitalEtas</name>
    <message>
        <source>%1 + time on scene</source>
        <translation>%1 + waktu di lokasi</translation>
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
    <name>pela::core::HospitalStatusModel</name>
    <message>
        <source>emergency department</source>
        <translation>IGD</translation>
    </message>
    <message>
        <source>trauma</source>
        <translation>trauma</translation>
    </message>
    <message>
        <source>obstetrics</source>
        <translation>kebidanan</translation>
    </message>
    <message>
        <source>paediatrics</source>
        <translation>anak</translation>
    </message>
    <message>
        <source>NICU</source>
        <translation>NICU</translation>
    </message>
    <message>
        <source>ICU</source>
        <translation>ICU</translation>
    </message>
    <message>
        <source>psychiatric</source>
        <translation>jiwa</translation>
    </message>
    <message>
        <source>burns</source>
        <translation>luka bakar</translation>
    </message>
    <message>
        <source>stroke</source>
        <translation>stroke</translation>
    </message>
    <message>
        <source>cath lab</source>
        <translation>kateterisasi jantung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>last update: time, then who</comment>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>%1 (stale: %2 ago)</source>
        <translation>%1 (usang: %2 lalu)</translation>
    </message>
    <message>
        <source>Last changed %1 WIT by %2</source>
        <translation>Terakhir diubah %1 WIT oleh %2</translation>
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
        <source>Capabilities</source>
        <translation>Kemampuan</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Pembaruan terakhir</translation>
    </message>
</context>
<context>
    <name>pela::core::HospitalTripModel</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>segera kedaluwarsa</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>sisa %1 dtk</translation>
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
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit state</source>
        <translation>Status unit</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasien</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Sisa waktu menjawab</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>Triage answers</source>
        <translation>Jawaban triase</translation>
    </message>
    <message>
        <source>Note for the hospital</source>
        <translation>Catatan untuk RS</translation>
    </message>
    <message>
        <source>ETA to the case</source>
        <translation>ETA ke lokasi</translation>
    </message>
    <message>
        <source>ETA to us</source>
        <translation>ETA ke RS kami</translation>
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
        <source>%1's assignment changed at this moment; look again.</source>
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
        <source>Unknown category "%1"; choose one of: %2.</source>
        <translation>Kategori "%1" tidak dikenal; pilih salah satu: %2.</translation>
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
        <source>Unknown category "%1".</source>
        <translation>Kategori "%1" tidak dikenal.</translation>
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
        <source>Use assign, accept, decline or cancel for "%1".</source>
        <translation>Untuk "%1", gunakan tugaskan, terima, tolak, atau batalkan.</translation>
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
        <source>Bed category "%1" must be a short lower-case word (e.g. igd, icu).</source>
        <translation>Kategori tempat tidur "%1" harus berupa satu kata pendek berhuruf kecil (mis. igd, icu).</translation>
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
        <source>The caller's number is marked withheld, yet "%1" was given; keep one of the two.</source>
        <translation>Nomor penelepon ditandai disembunyikan, tetapi "%1" diisi; pilih salah satu.</translation>
    </message>
    <message>
        <source>The caller's number %1 is unusual (%2); it was saved as given.</source>
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
        <source>%1 is %2 on %3 (since %4, by %5); "available" only brings a unit back from out of service. Clear the unit when it is done, or cancel the assignment.</source>
        <translation>%1 berstatus %2 pada %3 (sejak %4, oleh %5); "tersedia" hanya untuk mengaktifkan kembali unit yang tidak bertugas. Selesaikan unit setelah tugasnya beres, atau batalkan penugasannya.</translation>
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
        <source>change a case's details</source>
        <translation>mengubah rincian kasus</translation>
    </message>
    <message>
        <source>change a case's priority</source>
        <translation>mengubah prioritas kasus</translation>
    </message>
    <message>
        <source>assign a unit</source>
        <translation>menugaskan unit</translation>
    </message>
    <message>
        <source>change a unit's status on a case</source>
        <translation>mengubah status unit pada kasus</translation>
    </message>
    <message>
        <source>cancel a unit's assignment</source>
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
        <source>set a hospital's emergency department status</source>
        <translation>mengatur status IGD rumah sakit</translation>
    </message>
    <message>
        <source>set a hospital's free beds</source>
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
        <source>a shift lead, or the hospital's own liaison</source>
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
        <source>%1 belongs to %2; only its own hospital's liaison or a dispatcher may do this.</source>
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
        <source>That step is not possible for the unit's assignment now.</source>
        <translation>Langkah itu tidak mungkin untuk penugasan unit saat ini.</translation>
    </message>
    <message>
        <source>A position dated in the future was refused.</source>
        <translation>Posisi bertanggal di masa depan ditolak.</translation>
    </message>
    <message>
        <source>The call's time is in the future or more than 7 days old; check the clock.</source>
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
    <message>
        <source>There is no such assignment to undo.</source>
        <translation>Tidak ada penugasan seperti itu untuk diurungkan.</translation>
    </message>
    <message>
        <source>%1 was assigned to %2 by %3; only %3 or a shift lead may undo it.</source>
        <translation>%1 ditugaskan ke %2 oleh %3; hanya %3 atau kepala shift yang boleh mengurungkannya.</translation>
    </message>
    <message>
        <source>%1 on %2 was already undone.</source>
        <translation>%1 pada %2 sudah diurungkan.</translation>
    </message>
    <message>
        <source>%1 was assigned to %2 more than %3 s ago; it can no longer be undone. Cancel the assignment instead, with a reason.</source>
        <translation>%1 ditugaskan ke %2 lebih dari %3 dtk yang lalu; tidak bisa diurungkan lagi. Batalkan penugasan dengan alasan.</translation>
    </message>
    <message>
        <source>%1 has already moved on (%2) on %3; cancel the assignment instead, with a reason.</source>
        <translation>%1 sudah berlanjut (%2) pada %3; batalkan penugasan dengan alasan.</translation>
    </message>
    <message>
        <source>%1 was taken from another case for %2; undo cannot give it back. Assign it to that case again instead.</source>
        <translation>%1 diambil dari kasus lain untuk %2; urungkan tidak dapat mengembalikannya. Tugaskan lagi ke kasus itu.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tulis catatannya dulu.</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Catatan ditambahkan ke %1.</translation>
    </message>
    <message>
        <source>Alert for %1 acknowledged.</source>
        <translation>Peringatan untuk %1 dikonfirmasi.</translation>
    </message>
    <message>
        <source>%1 taken back from %2; it is free again.</source>
        <translation>%1 ditarik dari %2; unit bebas lagi.</translation>
    </message>
    <message>
        <source>add a note to a case</source>
        <translation>menambah catatan pada kasus</translation>
    </message>
    <message>
        <source>acknowledge an alert</source>
        <translation>mengonfirmasi peringatan</translation>
    </message>
    <message>
        <source>undo an assignment</source>
        <translation>mengurungkan penugasan</translation>
    </message>
    <message>
        <source>the one who made the assignment, or a shift lead</source>
        <translation>pembuat penugasan, atau kepala shift</translation>
    </message>
    <message>
        <source>The note for the receiving hospital of %1 is unchanged.</source>
        <translation>Catatan untuk rumah sakit penerima kasus %1 tidak berubah.</translation>
    </message>
    <message>
        <source>The note for the receiving hospital of %1 was cleared.</source>
        <translation>Catatan untuk rumah sakit penerima kasus %1 dihapus.</translation>
    </message>
    <message>
        <source>The note for the receiving hospital of %1 was saved.</source>
        <translation>Catatan untuk rumah sakit penerima kasus %1 disimpan.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude.</source>
        <translation>Isi lintang dan bujur sekaligus.</translation>
    </message>
    <message>
        <source>A hospital has at most 8 phone numbers.</source>
        <translation>Satu rumah sakit paling banyak punya 8 nomor telepon.</translation>
    </message>
    <message>
        <source>The phone number "%1" is not usable: %2</source>
        <translation>Nomor telepon "%1" tidak dapat dipakai: %2</translation>
    </message>
    <message>
        <source>Capability "%1" must be a short lower-case word (e.g. igd, icu).</source>
        <translation>Kemampuan "%1" harus berupa satu kata pendek berhuruf kecil (mis. igd, icu).</translation>
    </message>
    <message>
        <source>Say what to change about hospital %1.</source>
        <translation>Sebutkan apa yang diubah pada rumah sakit %1.</translation>
    </message>
    <message>
        <source>Hospital %1 updated.</source>
        <translation>Data rumah sakit %1 diperbarui.</translation>
    </message>
    <message>
        <source>write the note for the receiving hospital</source>
        <translation>menulis catatan untuk rumah sakit penerima</translation>
    </message>
    <message>
        <source>change a hospital's details</source>
        <translation>mengubah data rumah sakit</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>pela::core::InputRules</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Caller's name</source>
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
        <source>A location's uncertainty must be a number of metres, 0 or more.</source>
        <translation>Ketidakpastian lokasi harus berupa angka dalam meter, 0 atau lebih.</translation>
    </message>
</context>
<context>
    <name>pela::core::IntakeJournal</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 tidak dapat dijadikan pribadi: %2</translation>
    </message>
    <message>
        <source>the journal %1 cannot be used: %2</source>
        <translation>jurnal %1 tidak dapat dipakai: %2</translation>
    </message>
    <message>
        <source>the journal %1 cannot be written: %2</source>
        <translation>jurnal %1 tidak dapat ditulisi: %2</translation>
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
        <source>the unit's owner has not accepted the request yet</source>
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
    <name>pela::core::MapCommands</name>
    <message>
        <source>The layer %1 has no features; the old layer stays.</source>
        <translation>Lapisan %1 tidak berisi fitur; lapisan lama tetap dipakai.</translation>
    </message>
    <message>
        <source>The database cannot be reached; the map layer was not imported. Try again.</source>
        <translation>Basis data tidak dapat dihubungi; lapisan peta tidak diimpor. Coba lagi.</translation>
    </message>
    <message>
        <source>Imported map layer %1 (%2): %3 features, replacing %4.</source>
        <translation>Lapisan peta %1 (%2) diimpor: %3 fitur, menggantikan %4.</translation>
    </message>
    <message>
        <source>Imported map layer %1 (%2): %3 features.</source>
        <translation>Lapisan peta %1 (%2) diimpor: %3 fitur.</translation>
    </message>
    <message>
        <source>The connection broke while importing; check with 'pela-admin status' whether the layer was imported, or import it again.</source>
        <translation>Koneksi terputus saat mengimpor; periksa dengan 'pela-admin status' apakah lapisan sudah diimpor, atau impor lagi.</translation>
    </message>
    <message>
        <source>Your role does not allow importing map data.</source>
        <translation>Peran Anda tidak mengizinkan impor data peta.</translation>
    </message>
    <message>
        <source>The database refused the map layer: %1</source>
        <translation>Basis data menolak lapisan peta: %1</translation>
    </message>
</context>
<context>
    <name>pela::core::MapImport</name>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation>sebuah posisi bukan [bujur, lintang]</translation>
    </message>
    <message>
        <source>a coordinate is not a finite number</source>
        <translation>sebuah koordinat bukan bilangan terhingga</translation>
    </message>
    <message>
        <source>the position [%1, %2] is outside longitude -180…180, latitude -90…90 (latitude and longitude swapped?)</source>
        <translation>posisi [%1, %2] di luar bujur -180…180, lintang -90…90 (lintang dan bujur tertukar?)</translation>
    </message>
    <message>
        <source>a %1 needs at least %2 positions</source>
        <translation>%1 memerlukan sedikitnya %2 posisi</translation>
    </message>
    <message>
        <source>a polygon needs at least one ring</source>
        <translation>poligon memerlukan sedikitnya satu cincin</translation>
    </message>
    <message>
        <source>polygon ring</source>
        <translation>cincin poligon</translation>
    </message>
    <message>
        <source>a multi-part geometry needs at least one part</source>
        <translation>geometri multi-bagian memerlukan sedikitnya satu bagian</translation>
    </message>
    <message>
        <source>line</source>
        <translation>garis</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>fitur %1</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>fitur %1 (%2)</translation>
    </message>
    <message>
        <source>a roads layer holds LineStrings</source>
        <translation>lapisan jalan berisi LineString</translation>
    </message>
    <message>
        <source>a land layer holds Polygons</source>
        <translation>lapisan daratan berisi Polygon</translation>
    </message>
    <message>
        <source>a boundaries layer holds Polygons</source>
        <translation>lapisan batas wilayah berisi Polygon</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1 is a folder, not a GeoJSON file</source>
        <translation>%1 adalah folder, bukan berkas GeoJSON</translation>
    </message>
    <message>
        <source>%1 is %2 MB; map files above %3 MB are refused (cut the extract to the city)</source>
        <translation>%1 berukuran %2 MB; berkas peta di atas %3 MB ditolak (potong ekstraknya sebatas kota)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>not GeoJSON: the file is empty</source>
        <translation>bukan GeoJSON: berkas kosong</translation>
    </message>
    <message>
        <source>not GeoJSON: the file does not start with a JSON object</source>
        <translation>bukan GeoJSON: berkas tidak diawali objek JSON</translation>
    </message>
    <message>
        <source>not GeoJSON: %1 at byte %2</source>
        <translation>bukan GeoJSON: %1 pada bita ke-%2</translation>
    </message>
    <message>
        <source>not GeoJSON: the file holds a JSON array, not a FeatureCollection</source>
        <translation>bukan GeoJSON: berkas berisi larik JSON, bukan FeatureCollection</translation>
    </message>
    <message>
        <source>not GeoJSON: unexpected structure at byte %1</source>
        <translation>bukan GeoJSON: struktur tak terduga pada bita ke-%1</translation>
    </message>
    <message>
        <source>the layer needs a name (--layer NAME)</source>
        <translation>lapisan memerlukan nama (--layer NAMA)</translation>
    </message>
    <message>
        <source>not GeoJSON: "features" is not an array</source>
        <translation>bukan GeoJSON: "features" bukan larik</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON Feature</source>
        <translation>%1 bukan Feature GeoJSON</translation>
    </message>
    <message>
        <source>%1 has no geometry</source>
        <translation>%1 tidak memiliki geometri</translation>
    </message>
    <message>
        <source>%1 is a %2; map layers hold LineStrings (roads) or Polygons (land, boundaries)</source>
        <translation>%1 berupa %2; lapisan peta berisi LineString (jalan) atau Polygon (daratan, batas wilayah)</translation>
    </message>
    <message>
        <source>geometry without a type</source>
        <translation>geometri tanpa jenis</translation>
    </message>
    <message>
        <source>%1 is a %2, but %3</source>
        <translation>%1 berupa %2, padahal %3</translation>
    </message>
    <message>
        <source>%1 is a %2 while earlier features are %3: a layer holds either lines or polygons</source>
        <translation>%1 berupa %2 sedangkan fitur sebelumnya %3: satu lapisan berisi garis saja atau poligon saja</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>garis</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>poligon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no "highway" property: a roads layer needs each way's OpenStreetMap road class</source>
        <translation>%1 tidak memiliki properti "highway": lapisan jalan memerlukan kelas jalan OpenStreetMap untuk setiap ruas</translation>
    </message>
    <message>
        <source>not GeoJSON: the object has no "type": "FeatureCollection"</source>
        <translation>bukan GeoJSON: objek tidak memiliki "type": "FeatureCollection"</translation>
    </message>
    <message>
        <source>a %1 is not a FeatureCollection; import a FeatureCollection</source>
        <translation>%1 bukan FeatureCollection; impor sebuah FeatureCollection</translation>
    </message>
    <message>
        <source>not GeoJSON: the FeatureCollection has no "features" array</source>
        <translation>bukan GeoJSON: FeatureCollection tidak memiliki larik "features"</translation>
    </message>
    <message>
        <source>the file holds 0 features; there is nothing to import</source>
        <translation>berkas berisi 0 fitur; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>%1: cannot tell whether it is a kelurahan or a kecamatan boundary (no "level" or "kode" property, and the layer's name says neither)</source>
        <translation>%1: tidak dapat ditentukan apakah batas kelurahan atau kecamatan (tidak ada properti "level" atau "kode", dan nama lapisan tidak menyebut keduanya)</translation>
    </message>
</context>
<context>
    <name>pela::core::Migrator</name>
    <message>
        <source>The database was prepared by a newer version of Pela (schema %1; this program knows %2). Update this workstation's Pela.</source>
        <translation>Basis data ini disiapkan oleh versi Pela yang lebih baru (skema %1; program ini hanya mengenal %2). Perbarui Pela di komputer ini.</translation>
    </message>
    <message>
        <source>The database is not prepared for this version of Pela (schema %1, needs %2). An administrator runs 'pela-admin migrate'.</source>
        <translation>Basis data belum disiapkan untuk versi Pela ini (skema %1, perlu %2). Administrator perlu menjalankan 'pela-admin migrate'.</translation>
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
        <source>Loading Ambon's reference data failed</source>
        <translation>Gagal memuat data referensi Ambon</translation>
    </message>
    <message>
        <source>Saving the migration failed</source>
        <translation>Gagal menyimpan migrasi</translation>
    </message>
    <message>
        <source>Preparing the migration failed</source>
        <translation>Persiapan migrasi gagal</translation>
    </message>
</context>
<context>
    <name>pela::core::OperatorCommands</name>
    <message>
        <source>The database cannot be reached; nothing was changed.</source>
        <translation>Basis data tidak dapat dihubungi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This login may not manage logins: it needs the CREATEROLE attribute and the pela_admin role (%1).</source>
        <translation>Login ini tidak boleh mengelola login: diperlukan atribut CREATEROLE dan peran pela_admin (%1).</translation>
    </message>
    <message>
        <source>The database refused it: %1</source>
        <translation>Basis data menolaknya: %1</translation>
    </message>
    <message>
        <source>A login name has 3 to 41 lower-case letters, digits or _, and starts with a letter (e.g. siti_rahma), not "%1".</source>
        <translation>Nama login terdiri dari 3 sampai 41 huruf kecil, angka atau _, diawali huruf (mis. siti_rahma), bukan "%1".</translation>
    </message>
    <message>
        <source>"%1" is reserved for the system; choose a person's name.</source>
        <translation>"%1" dicadangkan untuk sistem; pilih nama orang.</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>Kata sandi minimal 10 karakter.</translation>
    </message>
    <message>
        <source>A password may not start or end with a space or hold a line break.</source>
        <translation>Kata sandi tidak boleh diawali atau diakhiri spasi atau berisi pindah baris.</translation>
    </message>
    <message>
        <source>The password could not be hashed: %1</source>
        <translation>Kata sandi tidak dapat di-hash: %1</translation>
    </message>
    <message>
        <source>A login %1 exists already.</source>
        <translation>Login %1 sudah ada.</translation>
    </message>
    <message>
        <source>There is no hospital with code %1.</source>
        <translation>Tidak ada rumah sakit dengan kode %1.</translation>
    </message>
    <message>
        <source>Login %1 added as %2.</source>
        <translation>Login %1 ditambahkan sebagai %2.</translation>
    </message>
    <message>
        <source>Login %1 added for hospital %2.</source>
        <translation>Login %1 ditambahkan untuk rumah sakit %2.</translation>
    </message>
    <message>
        <source>%1 is not an operator's login (a member of a Pela role).</source>
        <translation>%1 bukan login operator (anggota peran Pela).</translation>
    </message>
    <message>
        <source>Login %1 is already disabled.</source>
        <translation>Login %1 sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>Login %1 is disabled.</source>
        <translation>Login %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>Its open sessions could not be ended from this login; they end when they reconnect.</source>
        <translation>Sesi yang terbuka tidak dapat diakhiri dari login ini; sesi berakhir saat tersambung ulang.</translation>
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
        <source>The phone number "%1" may only contain digits, +, spaces, brackets and dashes.</source>
        <translation>Nomor telepon "%1" hanya boleh berisi angka, +, spasi, tanda kurung, dan tanda hubung.</translation>
    </message>
    <message>
        <source>The phone number "%1" has no digits; type the number, or mark it withheld.</source>
        <translation>Nomor telepon "%1" tidak berisi angka; ketik nomornya, atau tandai sebagai disembunyikan.</translation>
    </message>
    <message>
        <source>The phone number "%1" is too short to be a phone number.</source>
        <translation>Nomor telepon "%1" terlalu pendek untuk sebuah nomor telepon.</translation>
    </message>
    <message>
        <source>The phone number "%1" has %2 digits; a phone number has at most %3.</source>
        <translation>Nomor telepon "%1" berisi %2 angka; nomor telepon paling banyak %3 angka.</translation>
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
    <name>pela::core::PossibleDuplicatesModel</name>
    <message>
        <source>same kelurahan</source>
        <translation>kelurahan yang sama</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>pela::core::Recommendations</name>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>no roads imported: a straight-line estimate</source>
        <translation>belum ada data jalan: perkiraan garis lurus</translation>
    </message>
    <message>
        <source>the place is far from every road: a straight-line estimate</source>
        <translation>lokasi jauh dari jalan: perkiraan garis lurus</translation>
    </message>
    <message>
        <source>far from every road: a straight-line estimate</source>
        <translation>jauh dari jalan: perkiraan garis lurus</translation>
    </message>
    <message>
        <source>no position: no time can be given</source>
        <translation>tanpa posisi: waktu tidak bisa dihitung</translation>
    </message>
    <message>
        <source>no road joins them</source>
        <translation>tidak ada jalan yang menghubungkan</translation>
    </message>
    <message>
        <source>the case has no location yet</source>
        <translation>kasus belum punya lokasi</translation>
    </message>
    <message>
        <source>no position reported: timed from its base</source>
        <translation>posisi belum dilaporkan: dihitung dari pangkalan</translation>
    </message>
    <message>
        <source>no position reported and no base known</source>
        <translation>posisi belum dilaporkan dan pangkalan tidak diketahui</translation>
    </message>
    <message>
        <source>last position %1 old: timed from there</source>
        <translation>posisi terakhir %1 lalu: dihitung dari sana</translation>
    </message>
    <message>
        <source>a P1 wants an ALS crew: ranked as if %1 slower</source>
        <translation>P1 perlu kru ALS: diurutkan seolah %1 lebih lambat</translation>
    </message>
    <message>
        <source>%1 cannot carry a patient: ranked as if %2 slower</source>
        <translation>%1 tidak bisa membawa pasien: diurutkan seolah %2 lebih lambat</translation>
    </message>
    <message>
        <source>%1 cannot carry a patient</source>
        <translation>%1 tidak bisa membawa pasien</translation>
    </message>
    <message>
        <source>needs %1's acceptance: usually answered in %2</source>
        <translation>perlu persetujuan %1: biasanya dijawab dalam %2</translation>
    </message>
    <message>
        <source>needs %1's acceptance: up to %2 to answer (no history yet)</source>
        <translation>perlu persetujuan %1: hingga %2 untuk menjawab (belum ada riwayat)</translation>
    </message>
    <message>
        <source>nearest in a straight line, but %1 slower by road than %2</source>
        <translation>terdekat garis lurus, tetapi lewat jalan %1 lebih lambat dari %2</translation>
    </message>
    <message>
        <source>arrives first by road</source>
        <translation>tiba paling cepat lewat jalan</translation>
    </message>
    <message>
        <source>arrives first (estimate)</source>
        <translation>tiba paling cepat (perkiraan)</translation>
    </message>
    <message>
        <source>no emergency department</source>
        <translation>tidak ada IGD</translation>
    </message>
    <message>
        <source>diverting</source>
        <translation>mengalihkan pasien</translation>
    </message>
    <message>
        <source>diverting: %1</source>
        <translation>mengalihkan pasien: %1</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>terbatas</translation>
    </message>
    <message>
        <source>limited: %1</source>
        <translation>terbatas: %1</translation>
    </message>
    <message>
        <source>no emergency bed free</source>
        <translation>tidak ada tempat tidur IGD kosong</translation>
    </message>
    <message>
        <source>location not known</source>
        <translation>lokasi tidak diketahui</translation>
    </message>
    <message>
        <source>location approximate</source>
        <translation>lokasi perkiraan</translation>
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
    <name>pela::core::ShiftReportData</name>
    <message>
        <source>Answer → dispatch</source>
        <translation>Jawab → penugasan</translation>
    </message>
    <message>
        <source>Dispatch → on scene</source>
        <translation>Penugasan → di lokasi</translation>
    </message>
    <message>
        <source>On scene → at hospital</source>
        <translation>Di lokasi → di rumah sakit</translation>
    </message>
    <message>
        <source>Transports per hospital:</source>
        <translation>Pengantaran per rumah sakit:</translation>
    </message>
    <message>
        <source>Partner requests (asked / accepted / declined / expired, median answer):</source>
        <translation>Permintaan mitra (diminta / diterima / ditolak / kedaluwarsa, median jawaban):</translation>
    </message>
    <message>
        <source>Referrals per agency (referred / acknowledged / done):</source>
        <translation>Penerusan per instansi (diteruskan / ditanggapi / selesai):</translation>
    </message>
    <message>
        <source>Give the period's start and end.</source>
        <translation>Isi awal dan akhir periode.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Periode berakhir (%1) sebelum dimulai (%2).</translation>
    </message>
    <message>
        <source>The period is longer than %1 days; report on a shorter one.</source>
        <translation>Periode lebih dari %1 hari; pilih periode yang lebih pendek.</translation>
    </message>
    <message>
        <source>Shift report: %1 – %2 WIT</source>
        <translation>Laporan shift: %1 – %2 WIT</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Panggilan: %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Kasus: %1</translation>
    </message>
    <message>
        <source>Duplicates merged: %1</source>
        <translation>Duplikat digabungkan: %1</translation>
    </message>
    <message>
        <source>Cases / calls by priority:</source>
        <translation>Kasus / panggilan per prioritas:</translation>
    </message>
    <message>
        <source>Cases / calls by category:</source>
        <translation>Kasus / panggilan per kategori:</translation>
    </message>
    <message>
        <source>Intervals (cases, median, 90th percentile):</source>
        <translation>Interval (kasus, median, persentil ke-90):</translation>
    </message>
    <message>
        <source>%1 % within %2 s (NFPA 1225 goal: 90 %)</source>
        <translation>%1 % dalam %2 dtk (target NFPA 1225: 90 %)</translation>
    </message>
    <message>
        <source>Unit utilisation (assignments, busy share of the period):</source>
        <translation>Pemakaian unit (penugasan, porsi sibuk dalam periode):</translation>
    </message>
</context>
<context>
    <name>pela::core::TriageProtocol</name>
    <message>
        <source>%1: "%2" must be a text in both languages: {"id": "…", "en": "…"}.</source>
        <translation>%1: "%2" harus berupa teks dalam dua bahasa: {"id": "…", "en": "…"}.</translation>
    </message>
    <message>
        <source>%1: the Indonesian text of "%2" is missing.</source>
        <translation>%1: teks bahasa Indonesia untuk "%2" tidak ada.</translation>
    </message>
    <message>
        <source>%1: the English text of "%2" is missing.</source>
        <translation>%1: teks bahasa Inggris untuk "%2" tidak ada.</translation>
    </message>
    <message>
        <source>%1: "%2" is missing.</source>
        <translation>%1: "%2" tidak ada.</translation>
    </message>
    <message>
        <source>The triage file</source>
        <translation>Berkas triase</translation>
    </message>
    <message>
        <source>The triage file has no start card ("startCard").</source>
        <translation>Berkas triase tidak punya kartu awal ("startCard").</translation>
    </message>
    <message>
        <source>Start card</source>
        <translation>Kartu awal</translation>
    </message>
    <message>
        <source>%1: its number must be "00".</source>
        <translation>%1: nomornya harus "00".</translation>
    </message>
    <message>
        <source>%1: the gate question ("gate": is anyone hurt?) is missing.</source>
        <translation>%1: pertanyaan pembuka ("gate": adakah yang terluka?) tidak ada.</translation>
    </message>
    <message>
        <source>%1, gate question</source>
        <translation>%1, pertanyaan pembuka</translation>
    </message>
    <message>
        <source>%1: "gateOpensOn" names the answer "%2", which the gate question does not have.</source>
        <translation>%1: "gateOpensOn" menyebut jawaban "%2", yang tidak dimiliki pertanyaan pembuka.</translation>
    </message>
    <message>
        <source>%1: "gateOpensOn" must name the gate's answers that open the start card.</source>
        <translation>%1: "gateOpensOn" harus menyebut jawaban pertanyaan pembuka yang membuka kartu awal.</translation>
    </message>
    <message>
        <source>The triage file has no chapters.</source>
        <translation>Berkas triase tidak punya bab.</translation>
    </message>
    <message>
        <source>Chapter %1 (%2)</source>
        <translation>Bab %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the number must be two digits, such as "01".</source>
        <translation>%1: nomornya harus dua angka, misalnya "01".</translation>
    </message>
    <message>
        <source>%1: another chapter has the same number.</source>
        <translation>%1: bab lain memakai nomor yang sama.</translation>
    </message>
    <message>
        <source>%1: another chapter has the id "%2".</source>
        <translation>%1: bab lain memakai id "%2".</translation>
    </message>
    <message>
        <source>%1: "%2" is not a case category (one of: %3).</source>
        <translation>%1: "%2" bukan kategori kasus (salah satu dari: %3).</translation>
    </message>
    <message>
        <source>Answer set "%1"</source>
        <translation>Kumpulan jawaban "%1"</translation>
    </message>
    <message>
        <source>An agency</source>
        <translation>Sebuah instansi</translation>
    </message>
    <message>
        <source>Agency "%1"</source>
        <translation>Instansi "%1"</translation>
    </message>
    <message>
        <source>Agency "%1" is listed twice.</source>
        <translation>Instansi "%1" tercantum dua kali.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Instructions "%1"</source>
        <translation>Petunjuk "%1"</translation>
    </message>
    <message>
        <source>%1 are listed twice.</source>
        <translation>%1 tercantum dua kali.</translation>
    </message>
    <message>
        <source>%1: there are no steps to read out.</source>
        <translation>%1: tidak ada langkah untuk dibacakan.</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, langkah %2</translation>
    </message>
    <message>
        <source>%1: there are no questions.</source>
        <translation>%1: tidak ada pertanyaan.</translation>
    </message>
    <message>
        <source>%1, question "%2"</source>
        <translation>%1, pertanyaan "%2"</translation>
    </message>
    <message>
        <source>%1: a question has no id.</source>
        <translation>%1: ada pertanyaan tanpa id.</translation>
    </message>
    <message>
        <source>%1: another question has the same id.</source>
        <translation>%1: pertanyaan lain memakai id yang sama.</translation>
    </message>
    <message>
        <source>%1: the type "%2" is unknown (choice, text or datetime).</source>
        <translation>%1: jenis "%2" tidak dikenal (choice, text, atau datetime).</translation>
    </message>
    <message>
        <source>%1: the answer set "%2" does not exist.</source>
        <translation>%1: kumpulan jawaban "%2" tidak ada.</translation>
    </message>
    <message>
        <source>%1: "criteria" names the answer "%2", which the question does not have.</source>
        <translation>%1: "criteria" menyebut jawaban "%2", yang tidak dimiliki pertanyaan ini.</translation>
    </message>
    <message>
        <source>%1, answer "%2"</source>
        <translation>%1, jawaban "%2"</translation>
    </message>
    <message>
        <source>%1: a choice needs 2 to %2 answers (one digit key each), not %3.</source>
        <translation>%1: pilihan memerlukan 2 sampai %2 jawaban (masing-masing satu tombol angka), bukan %3.</translation>
    </message>
    <message>
        <source>%1: two answers have the id "%2".</source>
        <translation>%1: dua jawaban memakai id "%2".</translation>
    </message>
    <message>
        <source>%1: "maxLength" must be between 1 and %2.</source>
        <translation>%1: "maxLength" harus antara 1 dan %2.</translation>
    </message>
    <message>
        <source>%1: its condition refers to "%2", which is not a question asked before it (in the start card or earlier in this chapter).</source>
        <translation>%1: syaratnya merujuk ke "%2", yang bukan pertanyaan sebelumnya (di kartu awal atau lebih awal di bab ini).</translation>
    </message>
    <message>
        <source>%1: its condition on "%2" names no answers.</source>
        <translation>%1: syaratnya pada "%2" tidak menyebut jawaban.</translation>
    </message>
    <message>
        <source>%1, criterion %2</source>
        <translation>%1, kriteria %2</translation>
    </message>
    <message>
        <source>%1: the code must look like A.03.01 (A–D for P1–P4, the chapter, a number).</source>
        <translation>%1: kodenya harus seperti A.03.01 (A–D untuk P1–P4, nomor bab, nomor urut).</translation>
    </message>
    <message>
        <source>%1: the code's chapter %2 is not this chapter's number %3.</source>
        <translation>%1: bab %2 pada kode bukan nomor bab ini (%3).</translation>
    </message>
    <message>
        <source>%1: the priority must be 1, 2, 3 or 4.</source>
        <translation>%1: prioritas harus 1, 2, 3, atau 4.</translation>
    </message>
    <message>
        <source>%1: the letter %2 stands for P%3, but the priority is P%4.</source>
        <translation>%1: huruf %2 berarti P%3, tetapi prioritasnya P%4.</translation>
    </message>
    <message>
        <source>%1: another criterion has the same code.</source>
        <translation>%1: kriteria lain memakai kode yang sama.</translation>
    </message>
    <message>
        <source>Category "%1"</source>
        <translation>Kategori "%1"</translation>
    </message>
    <message>
        <source>%1 is not a case category (one of: %2).</source>
        <translation>%1 bukan kategori kasus (salah satu dari: %2).</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 tercantum dua kali.</translation>
    </message>
    <message>
        <source>%1: "defaultPriority" must be 1, 2, 3 or 4.</source>
        <translation>%1: "defaultPriority" harus 1, 2, 3, atau 4.</translation>
    </message>
    <message>
        <source>%1: "startCard" must be always, ifHurt or never.</source>
        <translation>%1: "startCard" harus always, ifHurt, atau never.</translation>
    </message>
    <message>
        <source>%1 has neither a chapter nor chief complaints.</source>
        <translation>%1 tidak punya bab maupun keluhan utama.</translation>
    </message>
    <message>
        <source>%1: chapter %2 does not exist.</source>
        <translation>%1: bab %2 tidak ada.</translation>
    </message>
    <message>
        <source>%1: chapter %2 belongs to the category "%3".</source>
        <translation>%1: bab %2 milik kategori "%3".</translation>
    </message>
    <message>
        <source>The category "%1" has no triage (every case category needs one).</source>
        <translation>Kategori "%1" tidak punya triase (setiap kategori kasus memerlukannya).</translation>
    </message>
    <message>
        <source>Chapter %1 (%2) belongs to no category's "chapter" or "complaints".</source>
        <translation>Bab %1 (%2) tidak termasuk dalam "chapter" atau "complaints" kategori mana pun.</translation>
    </message>
    <message>
        <source>%1: the criterion %2 does not exist.</source>
        <translation>%1: kriteria %2 tidak ada.</translation>
    </message>
    <message>
        <source>%1: the instructions "%2" do not exist.</source>
        <translation>%1: petunjuk "%2" tidak ada.</translation>
    </message>
    <message>
        <source>%1: the agency "%2" does not exist.</source>
        <translation>%1: instansi "%2" tidak ada.</translation>
    </message>
    <message>
        <source>The triage file is not valid JSON: %1 (line %2).</source>
        <translation>Berkas triase bukan JSON yang sah: %1 (baris %2).</translation>
    </message>
    <message>
        <source>This is not a Pela triage file: "format" must be "pela-triage".</source>
        <translation>Ini bukan berkas triase Pela: "format" harus "pela-triage".</translation>
    </message>
    <message>
        <source>The triage file has format version %1; this Pela reads version %2.</source>
        <translation>Berkas triase berformat versi %1; Pela ini membaca versi %2.</translation>
    </message>
    <message>
        <source>The triage file %1 cannot be read: %2.</source>
        <translation>Berkas triase %1 tidak dapat dibaca: %2.</translation>
    </message>
</context>
<context>
    <name>pela::core::TriageRecord</name>
    <message>
        <source>The triage has no priority yet: choose a category.</source>
        <translation>Triase belum punya prioritas: pilih kategori.</translation>
    </message>
    <message>
        <source>The priority must be 1 (red), 2 (yellow), 3 (green) or 4.</source>
        <translation>Prioritas harus 1 (merah), 2 (kuning), 3 (hijau), atau 4.</translation>
    </message>
    <message>
        <source>Say why the priority is changed from the computed P%1.</source>
        <translation>Sebutkan alasan prioritas diubah dari P%1 hasil hitungan.</translation>
    </message>
</context>
<context>
    <name>pela::core::UnitEta</name>
    <message>
        <source>≈%1 min</source>
        <comment>a straight-line estimate of minutes to arrive</comment>
        <translation>≈%1 mnt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes to arrive along the roads</comment>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>no known position</source>
        <translation>posisi tidak diketahui</translation>
    </message>
    <message>
        <source>about %1 min in a straight line (no road route)</source>
        <translation>sekitar %1 mnt menurut garis lurus (tanpa rute jalan)</translation>
    </message>
    <message>
        <source>%1 min along the roads</source>
        <translation>%1 mnt lewat jalan</translation>
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
    <name>pela::core::Workstation</name>
    <message>
        <source>The workstation name "%1" may only have letters, digits, '.', '_' and '-' (at most 63, starting with a letter or digit).</source>
        <translation>Nama komputer "%1" hanya boleh berisi huruf, angka, '.', '_' dan '-' (paling banyak 63, diawali huruf atau angka).</translation>
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
    <name>pela::ui::AlertMonitor</name>
    <message>
        <source>%1: %2</source>
        <comment>an alert: the case number, then why</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pela::ui::BoardFilterBar</name>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Cari di papan</translation>
    </message>
    <message>
        <source>Recently closed</source>
        <translation>Baru ditutup</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Only %1 cases (several may be chosen)</source>
        <translation>Hanya kasus %1 (boleh pilih beberapa)</translation>
    </message>
</context>
<context>
    <name>pela::ui::CallerHistoryPanel</name>
    <message>
        <source>PRANK</source>
        <translation>ISENG</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5 ago</source>
        <translation>%1 · %2 · %3 · %4 · %5 lalu</translation>
    </message>
    <message>
        <source>%1 handset location ±%2 m, %3 ago</source>
        <translation>%1 lokasi ponsel ±%2 m, %3 lalu</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>%1 — F7 uses it as the location</source>
        <translation>%1 — F7 memakainya sebagai lokasi</translation>
    </message>
    <message>
        <source>Calls from this number in the last 24 h: %1</source>
        <translation>Panggilan dari nomor ini dalam 24 jam terakhir: %1</translation>
    </message>
    <message>
        <source>… and %1 more on the board</source>
        <translation>… dan %1 lagi di papan</translation>
    </message>
</context>
<context>
    <name>pela::ui::CaseActionChoices</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>same kelurahan</source>
        <translation>kelurahan yang sama</translation>
    </message>
    <message>
        <source>%1 – diverting</source>
        <translation>%1 – mengalihkan pasien</translation>
    </message>
</context>
<context>
    <name>pela::ui::CaseActionDialog</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>pela::ui::CaseActionPanel</name>
    <message>
        <source>Not connected to the database.</source>
        <translation>Tidak terhubung ke basis data.</translation>
    </message>
    <message>
        <source>Only %1 may %2.</source>
        <translation>Hanya %1 yang boleh %2.</translation>
    </message>
    <message>
        <source>Waiting for the answer to the last action.</source>
        <translation>Menunggu jawaban atas tindakan sebelumnya.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it first.</source>
        <translation>Kasus %1 sudah ditutup; buka kembali dulu.</translation>
    </message>
    <message>
        <source>No unit is on this case now.</source>
        <translation>Tidak ada unit pada kasus ini sekarang.</translation>
    </message>
    <message>
        <source>The unit whose assignment changes.</source>
        <translation>Unit yang penugasannya diubah.</translation>
    </message>
    <message>
        <source>Where the unit is now.</source>
        <translation>Posisi unit sekarang.</translation>
    </message>
    <message>
        <source>The hospital the unit takes the patient to.</source>
        <translation>Rumah sakit tujuan pasien.</translation>
    </message>
    <message>
        <source>Record the unit's new status on this case.</source>
        <translation>Catat status baru unit pada kasus ini.</translation>
    </message>
    <message>
        <source>Take the unit off this case, with the reason.</source>
        <translation>Tarik unit dari kasus ini, dengan alasannya.</translation>
    </message>
    <message>
        <source>Close the case with its outcome. Every unit must be cleared or cancelled first.</source>
        <translation>Tutup kasus dengan hasilnya. Semua unit harus selesai atau dibatalkan dulu.</translation>
    </message>
    <message>
        <source>Case %1 is open.</source>
        <translation>Kasus %1 masih terbuka.</translation>
    </message>
    <message>
        <source>Open the closed case again, with the reason.</source>
        <translation>Buka kembali kasus yang sudah ditutup, dengan alasannya.</translation>
    </message>
    <message>
        <source>Hand the case to a partner agency (police, fire, BPBD, SAR…).</source>
        <translation>Serahkan kasus ke instansi mitra (polisi, Damkar, BPBD, SAR…).</translation>
    </message>
    <message>
        <source>This case is the same incident as another: its calls move there and it closes.</source>
        <translation>Kasus ini kejadian yang sama dengan kasus lain: panggilannya dipindah ke sana dan kasus ini ditutup.</translation>
    </message>
    <message>
        <source>Link a related case (a different incident that belongs with this one).</source>
        <translation>Tautkan kasus terkait (kejadian lain yang berhubungan dengan kasus ini).</translation>
    </message>
    <message>
        <source>No receiving hospital yet: it is set when a unit starts transporting.</source>
        <translation>Belum ada RS penerima: ditetapkan saat unit mulai mengantar pasien.</translation>
    </message>
    <message>
        <source>What the receiving hospital reads before the ambulance arrives.</source>
        <translation>Yang dibaca RS penerima sebelum ambulans tiba.</translation>
    </message>
    <message>
        <source>Save the note; the hospital's console shows it at once.</source>
        <translation>Simpan catatan; konsol RS langsung menampilkannya.</translation>
    </message>
    <message>
        <source>Not connected to the database: nothing was saved.</source>
        <translation>Tidak terhubung ke basis data: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>Cancel %1 on case %2</source>
        <translation>Batalkan %1 pada kasus %2</translation>
    </message>
    <message>
        <source>Cancel the &amp;unit</source>
        <translation>Batalkan &amp;unit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Say why the unit is taken off the case.</source>
        <translation>Sebutkan alasan unit ditarik dari kasus.</translation>
    </message>
    <message>
        <source>%1 was taken off the case.</source>
        <translation>%1 ditarik dari kasus.</translation>
    </message>
    <message>
        <source>Close case %1</source>
        <translation>Tutup kasus %1</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>&amp;Tutup kasus</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (opsional):</translation>
    </message>
    <message>
        <source>Case %1 is closed (%2).</source>
        <translation>Kasus %1 ditutup (%2).</translation>
    </message>
    <message>
        <source>Reopen case %1</source>
        <translation>Buka kembali kasus %1</translation>
    </message>
    <message>
        <source>R&amp;eopen the case</source>
        <translation>Buka &amp;kembali kasus</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Sebutkan alasan kasus dibuka kembali.</translation>
    </message>
    <message>
        <source>Case %1 is open again.</source>
        <translation>Kasus %1 dibuka kembali.</translation>
    </message>
    <message>
        <source>Refer case %1</source>
        <translation>Rujuk kasus %1</translation>
    </message>
    <message>
        <source>Re&amp;fer the case</source>
        <translation>&amp;Rujuk kasus</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>Choose or type the agency (e.g. Damkar, BPBD, Polresta, PLN).</source>
        <translation>Pilih atau ketik instansinya (mis. Damkar, BPBD, Polresta, PLN).</translation>
    </message>
    <message>
        <source>Case %1 is referred to %2.</source>
        <translation>Kasus %1 diteruskan ke %2.</translation>
    </message>
    <message>
        <source>Case %1 is a duplicate of…</source>
        <translation>Kasus %1 duplikat dari…</translation>
    </message>
    <message>
        <source>Mark as &amp;duplicate</source>
        <translation>Tandai &amp;duplikat</translation>
    </message>
    <message>
        <source>&amp;Original case:</source>
        <translation>Kasus &amp;asal:</translation>
    </message>
    <message>
        <source>Choose or type the number of the case this one duplicates.</source>
        <translation>Pilih atau ketik nomor kasus asal dari duplikat ini.</translation>
    </message>
    <message>
        <source>No similar case nearby; type its number</source>
        <translation>Tidak ada kasus serupa di dekatnya; ketik nomornya</translation>
    </message>
    <message>
        <source>Case %1 is closed as a duplicate of %2; its calls moved there.</source>
        <translation>Kasus %1 ditutup sebagai duplikat %2; panggilannya dipindah ke sana.</translation>
    </message>
    <message>
        <source>Link case %1 with…</source>
        <translation>Tautkan kasus %1 dengan…</translation>
    </message>
    <message>
        <source>Lin&amp;k the cases</source>
        <translation>T&amp;autkan kasus</translation>
    </message>
    <message>
        <source>&amp;Related case:</source>
        <translation>Kasus &amp;terkait:</translation>
    </message>
    <message>
        <source>Choose or type the number of the related case.</source>
        <translation>Pilih atau ketik nomor kasus terkait.</translation>
    </message>
    <message>
        <source>Case %1 is linked with %2.</source>
        <translation>Kasus %1 ditautkan dengan %2.</translation>
    </message>
    <message>
        <source>The note for the receiving hospital is saved.</source>
        <translation>Catatan untuk RS penerima disimpan.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Langkah berikut:</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>&amp;Majukan</translation>
    </message>
    <message>
        <source>Cancel uni&amp;t…</source>
        <translation>&amp;Batalkan unit…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Tutup…</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>Buka &amp;kembali…</translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation>&amp;Rujuk…</translation>
    </message>
    <message>
        <source>&amp;Duplicate of…</source>
        <translation>&amp;Duplikat dari…</translation>
    </message>
    <message>
        <source>Lin&amp;k related…</source>
        <translation>T&amp;autkan kasus…</translation>
    </message>
    <message>
        <source>Note for the receiving &amp;hospital:</source>
        <translation>Catatan untuk RS &amp;penerima:</translation>
    </message>
    <message>
        <source>Note for the receiving &amp;hospital (%1):</source>
        <translation>Catatan untuk RS &amp;penerima (%1):</translation>
    </message>
    <message>
        <source>e.g. oxygen needed, burns 30%, family follows</source>
        <translation>mis. perlu oksigen, luka bakar 30%, keluarga menyusul</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <source>The connection to the database was replaced before it answered; the outcome is unknown. Check the case.</source>
        <translation>Sambungan ke basis data diganti sebelum menjawab; hasilnya tidak diketahui. Periksa kasusnya.</translation>
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
    <message>
        <source>open cases unknown</source>
        <comment>not connected yet</comment>
        <translation>jumlah kasus terbuka tidak diketahui</translation>
    </message>
    <message>
        <source>filtered: %1 shown</source>
        <translation>difilter: %1 ditampilkan</translation>
    </message>
    <message>
        <source>Assigned %1.</source>
        <translation>Ditugaskan: %1.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) %1 s</source>
        <translation>Urungkan (Ctrl+Z) %1 dtk</translation>
    </message>
    <message>
        <source>Acknowledge (F8)</source>
        <translation>Konfirmasi (F8)</translation>
    </message>
    <message>
        <source>No free ambulance within %1 min:</source>
        <comment>then the kelurahan</comment>
        <translation>Tidak ada ambulans siaga dalam %1 menit:</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>kelurahan not listed</comment>
        <translation>
            <numerusform>+%n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pela::ui::CaseDetailDialog</name>
    <message>
        <source>Not connected to the database: the case's history cannot be read.</source>
        <translation>Tidak terhubung ke basis data: riwayat kasus tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The case's history could not be read: %1</source>
        <translation>Riwayat kasus tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>undone by %1 at %2</source>
        <translation>diurungkan oleh %1 pukul %2</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>berakhir: %1</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplikat dari %1</translation>
    </message>
    <message>
        <source>%1 is a duplicate of this case</source>
        <translation>%1 adalah duplikat kasus ini</translation>
    </message>
    <message>
        <source>Related to %1</source>
        <translation>Terkait dengan %1</translation>
    </message>
    <message>
        <source>Referred to %1 at %2 (%3)</source>
        <translation>Diteruskan ke %1 pukul %2 (%3)</translation>
    </message>
    <message>
        <source>Call received: %1</source>
        <translation>Panggilan diterima: %1</translation>
    </message>
    <message>
        <source>Case opened: %1</source>
        <translation>Kasus dibuka: %1</translation>
    </message>
    <message>
        <source>First unit dispatched: %1</source>
        <translation>Unit pertama ditugaskan: %1</translation>
    </message>
    <message>
        <source>First unit en route: %1</source>
        <translation>Unit pertama berangkat: %1</translation>
    </message>
    <message>
        <source>First unit on scene: %1</source>
        <translation>Unit pertama di lokasi: %1</translation>
    </message>
    <message>
        <source>First at hospital: %1</source>
        <translation>Pertama tiba di RS: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Ditutup: %1</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Tulis catatannya dulu.</translation>
    </message>
    <message>
        <source>Not connected to the database: the note was not saved.</source>
        <translation>Tidak terhubung ke basis data: catatan tidak disimpan.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Kasus %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Links and times</source>
        <translation>Tautan dan waktu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Ditugaskan oleh</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>Di lokasi</translation>
    </message>
    <message>
        <source>At hospital</source>
        <translation>Di RS</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Penelepon</translation>
    </message>
    <message>
        <source>Call-taker</source>
        <translation>Penerima panggilan</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>A note for this case…</source>
        <translation>Catatan untuk kasus ini…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
</context>
<context>
    <name>pela::ui::CategoryPicker</name>
    <message>
        <source>M</source>
        <comment>key of the category Medical</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>T</source>
        <comment>key of the category Traffic accident</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <comment>key of the category Fire</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>D</source>
        <comment>key of the category Natural disaster</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key of the category Security</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>W</source>
        <comment>key of the category Extreme weather</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>P</source>
        <comment>key of the category Power outage</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>R</source>
        <comment>key of the category Fallen tree</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>H</source>
        <comment>key of the category Hearse transport</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>O</source>
        <comment>key of the category Other / information</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key of the category Prank / silent call</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tombol %1</translation>
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
    <name>pela::ui::DropController</name>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 sudah ditugaskan ke %2.</translation>
    </message>
    <message>
        <source>Your role may not %1; that is for %2.</source>
        <translation>Peran Anda tidak boleh %1; itu tugas %2.</translation>
    </message>
    <message>
        <source>Not connected to the database: %1 was not assigned.</source>
        <translation>Tidak terhubung ke basis data: %1 tidak ditugaskan.</translation>
    </message>
    <message>
        <source>Assigning %1 to %2…</source>
        <translation>Menugaskan %1 ke %2…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>pela::ui::HospitalMeasuresPanel</name>
    <message>
        <source>Our figures could not be read: %1</source>
        <translation>Angka kami tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Our answers to the centre's requests</source>
        <translation>Jawaban kami atas permintaan pusat</translation>
    </message>
    <message>
        <source>This shift (from %1)</source>
        <translation>Shift ini (sejak %1)</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Expired (no answer)</source>
        <translation>Kedaluwarsa (tanpa jawaban)</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>Median waktu menjawab</translation>
    </message>
    <message>
        <source>Why we declined (30 days): %1</source>
        <translation>Alasan kami menolak (30 hari): %1</translation>
    </message>
</context>
<context>
    <name>pela::ui::HospitalPanel</name>
    <message>
        <source>Select a hospital in the list to change it.</source>
        <translation>Pilih rumah sakit di daftar untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Read only: not connected to the database.</source>
        <translation>Hanya baca: tidak terhubung ke basis data.</translation>
    </message>
    <message>
        <source>Read only: hospital status and beds are kept by the shift lead and by each hospital's liaison. Tell the shift lead what changed.</source>
        <translation>Hanya baca: status dan tempat tidur rumah sakit diperbarui oleh kepala shift dan petugas penghubung tiap rumah sakit. Sampaikan perubahannya kepada kepala shift.</translation>
    </message>
    <message>
        <source>Write why the emergency department is limited or diverting, then save.</source>
        <translation>Tulis alasan IGD terbatas atau pengalihan, lalu simpan.</translation>
    </message>
    <message>
        <source>Available beds (%1) cannot be more than the total (%2).</source>
        <translation>Tempat tidur tersedia (%1) tidak boleh lebih dari jumlahnya (%2).</translation>
    </message>
    <message>
        <source>Not connected to the database: nothing was saved.</source>
        <translation>Tidak terhubung ke basis data: tidak ada yang tersimpan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>ER:</source>
        <translation>IGD:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>why limited or diverting</source>
        <translation>alasan terbatas atau pengalihan</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Simpan status</translation>
    </message>
    <message>
        <source>Beds:</source>
        <translation>Tempat tidur:</translation>
    </message>
    <message>
        <source>available of</source>
        <translation>tersedia dari</translation>
    </message>
    <message>
        <source>Save beds</source>
        <translation>Simpan tempat tidur</translation>
    </message>
</context>
<context>
    <name>pela::ui::HospitalScreen</name>
    <message>
        <source>Requests for our ambulances</source>
        <translation>Permintaan untuk ambulans kami</translation>
    </message>
    <message>
        <source>Accept (F6)</source>
        <translation>Terima (F6)</translation>
    </message>
    <message>
        <source>Decline (F7)</source>
        <translation>Tolak (F7)</translation>
    </message>
    <message>
        <source>Why we decline (required)</source>
        <translation>Alasan menolak (wajib)</translation>
    </message>
    <message>
        <source>Patients on the way to us</source>
        <translation>Pasien dalam perjalanan ke RS kami</translation>
    </message>
    <message>
        <source>Patient arrived (F8)</source>
        <translation>Pasien tiba (F8)</translation>
    </message>
    <message>
        <source>No request waiting for an answer.</source>
        <translation>Tidak ada permintaan yang menunggu jawaban.</translation>
    </message>
    <message>
        <source>Not connected to the database: nothing was saved.</source>
        <translation>Tidak terhubung ke basis data: tidak ada yang tersimpan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>No request is selected.</source>
        <translation>Belum ada permintaan yang dipilih.</translation>
    </message>
    <message>
        <source>Write why we decline, then press F7 again.</source>
        <translation>Tulis alasan menolak, lalu tekan F7 lagi.</translation>
    </message>
    <message>
        <source>No patient is selected.</source>
        <translation>Belum ada pasien yang dipilih.</translation>
    </message>
    <message>
        <source>Waiting for our answer: %1 — accept (F6) or decline (F7)</source>
        <translation>Menunggu jawaban kami: %1 — terima (F6) atau tolak (F7)</translation>
    </message>
</context>
<context>
    <name>pela::ui::HospitalStatusPanel</name>
    <message>
        <source>Emergency department</source>
        <translation>IGD</translation>
    </message>
    <message>
        <source>Reason (when limited or diverting)</source>
        <translation>Alasan (jika terbatas atau pengalihan)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Simpan status</translation>
    </message>
    <message>
        <source>Free beds / total</source>
        <translation>Tempat tidur kosong / total</translation>
    </message>
    <message>
        <source>Save beds</source>
        <translation>Simpan tempat tidur</translation>
    </message>
    <message>
        <source>Our hospital</source>
        <translation>Rumah sakit kami</translation>
    </message>
    <message>
        <source>%1: emergency department %2</source>
        <translation>%1: IGD %2</translation>
    </message>
    <message>
        <source>%1: %2 free of %3</source>
        <translation>%1: %2 kosong dari %3</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>No beds reported yet.</source>
        <translation>Belum ada laporan tempat tidur.</translation>
    </message>
</context>
<context>
    <name>pela::ui::HospitalUnitsPanel</name>
    <message>
        <source>Our ambulances</source>
        <translation>Ambulans kami</translation>
    </message>
    <message>
        <source>Why out of service</source>
        <translation>Alasan tidak beroperasi</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tidak beroperasi</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Beroperasi lagi</translation>
    </message>
    <message>
        <source>No ambulance is selected.</source>
        <translation>Belum ada ambulans yang dipilih.</translation>
    </message>
    <message>
        <source>Write why the ambulance is out of service.</source>
        <translation>Tulis alasan ambulans tidak beroperasi.</translation>
    </message>
</context>
<context>
    <name>pela::ui::InstructionsPanel</name>
    <message>
        <source>since cardiac arrest was recognised; compressions started at %1</source>
        <translation>sejak henti jantung dikenali; tekan dada dimulai pada %1</translation>
    </message>
    <message>
        <source>since cardiac arrest was recognised</source>
        <translation>sejak henti jantung dikenali</translation>
    </message>
    <message>
        <source>F6  Compressions started</source>
        <translation>F6  Tekan dada dimulai</translation>
    </message>
    <message>
        <source>Read out to the caller: %1</source>
        <translation>Bacakan kepada penelepon: %1</translation>
    </message>
</context>
<context>
    <name>pela::ui::IntakeController</name>
    <message>
        <source>Calls saved on this workstation earlier are waiting to be sent; they go out as soon as the database answers.</source>
        <translation>Panggilan yang tadi disimpan di komputer ini menunggu dikirim; dikirim begitu basis data menjawab.</translation>
    </message>
    <message>
        <source>The offline journal cannot be opened (%1): a call saved while the database is unreachable cannot be kept. Tell the administrator.</source>
        <translation>Jurnal luring tidak dapat dibuka (%1): panggilan yang disimpan saat basis data tidak terjangkau tidak dapat disimpan sementara. Beri tahu administrator.</translation>
    </message>
    <message>
        <source>The console is not connected to the database; nothing was sent.</source>
        <translation>Konsol tidak terhubung ke basis data; tidak ada yang terkirim.</translation>
    </message>
    <message>
        <source>The connection to the database was replaced before it answered; the outcome is unknown.</source>
        <translation>Sambungan ke basis data diganti sebelum ada jawaban; hasilnya tidak diketahui.</translation>
    </message>
    <message>
        <source>The previous call is saved as case %1.</source>
        <translation>Panggilan sebelumnya tersimpan sebagai kasus %1.</translation>
    </message>
    <message>
        <source>The previous call was NOT saved: %1 It is kept on this workstation for the shift lead.</source>
        <translation>Panggilan sebelumnya TIDAK tersimpan: %1 Panggilan disimpan di komputer ini untuk kepala shift.</translation>
    </message>
    <message>
        <source>Case %1: %2 — %3 is for %4; the case waits on the board.</source>
        <translation>Kasus %1: %2 — %3 adalah tugas %4; kasus menunggu di papan.</translation>
    </message>
    <message>
        <source>Case %1 is referred to %2.</source>
        <translation>Kasus %1 diteruskan ke %2.</translation>
    </message>
    <message>
        <source>Case %1: the referral to %2 was not recorded: %3</source>
        <translation>Kasus %1: penerusan ke %2 tidak tercatat: %3</translation>
    </message>
    <message>
        <source>The change to case %1 was not saved: %2</source>
        <translation>Perubahan kasus %1 tidak tersimpan: %2</translation>
    </message>
    <message>
        <source>The connection to the database was replaced.</source>
        <translation>Sambungan ke basis data diganti.</translation>
    </message>
    <message>
        <source>A call kept on this workstation was added to case %1.</source>
        <translation>Panggilan yang tertahan di komputer ini ditambahkan ke kasus %1.</translation>
    </message>
    <message>
        <source>A change kept on this workstation reached case %1.</source>
        <translation>Perubahan yang tertahan di komputer ini sudah masuk ke kasus %1.</translation>
    </message>
    <message>
        <source>A call kept on this workstation is saved as case %1.</source>
        <translation>Panggilan yang tertahan di komputer ini tersimpan sebagai kasus %1.</translation>
    </message>
    <message>
        <source>A call kept on this workstation was refused by the database: %1 It stays on this workstation for the shift lead.</source>
        <translation>Panggilan yang tertahan di komputer ini ditolak basis data: %1 Panggilan tetap di komputer ini untuk kepala shift.</translation>
    </message>
    <message>
        <source>The previous call is not saved yet (the database does not answer); it is kept on this workstation and sent by itself.</source>
        <translation>Panggilan sebelumnya belum tersimpan (basis data tidak menjawab); disimpan sementara di komputer ini dan dikirim otomatis.</translation>
    </message>
    <message>
        <source>The change to case %1 is not sent yet (the database does not answer); it is kept on this workstation and sent by itself.</source>
        <translation>Perubahan kasus %1 belum terkirim (basis data tidak menjawab); disimpan sementara di komputer ini dan dikirim otomatis.</translation>
    </message>
</context>
<context>
    <name>pela::ui::IntakeForm</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 terlalu panjang: %2 karakter, paling banyak %3.</translation>
    </message>
    <message>
        <source>%1 contains a control character (an invisible code from a paste); remove it.</source>
        <translation>%1 berisi karakter kontrol (kode tak terlihat dari tempelan); hapuslah.</translation>
    </message>
    <message>
        <source>CALL INTAKE</source>
        <translation>PENERIMAAN PANGGILAN</translation>
    </message>
    <message>
        <source>Caller &amp;number</source>
        <translation>&amp;Nomor penelepon</translation>
    </message>
    <message>
        <source>Caller na&amp;me</source>
        <translation>Na&amp;ma penelepon</translation>
    </message>
    <message>
        <source>%1 (&amp;O)</source>
        <comment>a location label from the triage data (hearse: pickup location); the letter is the location's Alt key</comment>
        <translation>%1 (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>Jumlah &amp;pasien</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Chief compla&amp;int</source>
        <translation>Keluhan &amp;utama</translation>
    </message>
    <message>
        <source>Possible duplicates: Ctrl+1…3 adds this call to that case</source>
        <translation>Mungkin kejadian yang sama: Ctrl+1…3 menambahkan panggilan ini ke kasus itu</translation>
    </message>
    <message>
        <source>from the phone system, or type it</source>
        <translation>dari sistem telepon, atau ketik</translation>
    </message>
    <message>
        <source>if different from the caller's</source>
        <translation>jika berbeda dari nomor penelepon</translation>
    </message>
    <message>
        <source>anything else the caller said</source>
        <translation>hal lain yang dikatakan penelepon</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>disembunyikan</translation>
    </message>
    <message>
        <source>unusual number</source>
        <translation>nomor tidak biasa</translation>
    </message>
    <message>
        <source>The triage questions are not loaded: set the priority by hand.</source>
        <translation>Pertanyaan triase tidak termuat: tentukan prioritas secara manual.</translation>
    </message>
    <message>
        <source>Choose the category to see the questions and the priority.</source>
        <translation>Pilih kategori untuk melihat pertanyaan dan prioritasnya.</translation>
    </message>
    <message>
        <source>Refer to: %1</source>
        <translation>Teruskan ke: %1</translation>
    </message>
    <message>
        <source>Caller number as received: %1</source>
        <translation>Nomor penelepon seperti diterima: %1</translation>
    </message>
    <message>
        <source>Callback number: %1</source>
        <translation>Nomor telepon balik: %1</translation>
    </message>
    <message>
        <source>The callback number "%1" may only contain digits, +, spaces, brackets and dashes.</source>
        <translation>Nomor telepon balik "%1" hanya boleh berisi angka, +, spasi, tanda kurung, dan tanda hubung.</translation>
    </message>
    <message>
        <source>Choose the category: press its letter.</source>
        <translation>Pilih kategori: tekan hurufnya.</translation>
    </message>
    <message>
        <source>Where is the emergency? Type the kelurahan, a landmark or coordinates, or pick the place on the map.</source>
        <translation>Di mana keadaan daruratnya? Ketik kelurahan, tempat terkenal, atau koordinat, atau pilih tempatnya di peta.</translation>
    </message>
    <message>
        <source>Say why the priority is changed from the computed P%1.</source>
        <translation>Sebutkan alasan prioritas diubah dari P%1 hasil hitungan.</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>Kasus %1 tersimpan.</translation>
    </message>
    <message>
        <source>Adding this call to case %1…</source>
        <translation>Menambahkan panggilan ini ke kasus %1…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>This call was added to case %1.</source>
        <translation>Panggilan ini ditambahkan ke kasus %1.</translation>
    </message>
    <message>
        <source>Case %1 saved and handed to dispatch.</source>
        <translation>Kasus %1 tersimpan dan diteruskan ke dispatcher.</translation>
    </message>
    <message>
        <source>Case %1 saved. Triage goes on: each answer updates the case. Ctrl+Enter when done.</source>
        <translation>Kasus %1 tersimpan. Triase berlanjut: setiap jawaban memperbarui kasus. Ctrl+Enter bila selesai.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Kasus %1</translation>
    </message>
    <message>
        <source>The phone system reports a new call from %1: save or clear this one first (Ctrl+Shift+N).</source>
        <translation>Sistem telepon melaporkan panggilan baru dari %1: simpan atau kosongkan panggilan ini dulu (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Call from the phone system, rang %1</source>
        <translation>Panggilan dari sistem telepon, berdering %1</translation>
    </message>
    <message>
        <source>That point has no valid coordinates.</source>
        <translation>Titik itu tidak memiliki koordinat yang sah.</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Nomor penelepon</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>Nama penelepon</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Nomor telepon balik</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian lokasi</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Alasan perubahan prioritas</translation>
    </message>
    <message>
        <source>There is no priority: choose one under Override and say why.</source>
        <translation>Belum ada prioritas: pilih di Ubah dan sebutkan alasannya.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Call&amp;back no.</source>
        <translation>Telepon bal&amp;ik</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lokasi</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>Categor&amp;y (press its letter)</source>
        <translation>&amp;Kategori (tekan hurufnya)</translation>
    </message>
    <message>
        <source>&amp;Triage questions (press the answer's digit)</source>
        <translation>Pertanyaan &amp;triase (tekan angka jawaban)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; dispatch (F9)</source>
        <translation>Simpan &amp;&amp; teruskan (F9)</translation>
    </message>
    <message>
        <source>Saves the case and hands it to the dispatcher</source>
        <translation>Menyimpan kasus dan meneruskannya ke dispatcher</translation>
    </message>
    <message>
        <source>kelurahan, desa, landmark or coordinates; Enter takes the first</source>
        <translation>kelurahan, desa, tempat terkenal, atau koordinat; Enter memilih yang pertama</translation>
    </message>
    <message>
        <source>as spoken, e.g. depan Gereja Maranatha, RT 02/RW 03</source>
        <translation>sesuai ucapan, mis. depan Gereja Maranatha, RT 02/RW 03</translation>
    </message>
    <message>
        <source>— choose: type its first letters, Enter —</source>
        <translation>— pilih: ketik huruf awalnya, Enter —</translation>
    </message>
    <message>
        <source>New call
Ctrl+Shift+N</source>
        <translation>Panggilan baru
Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Details and location together are too long: %1 characters, at most %2. Shorten the details.</source>
        <translation>Rincian dan lokasi bersama terlalu panjang: %1 karakter, paling banyak %2. Persingkat rinciannya.</translation>
    </message>
    <message>
        <source>Notes are too long with the numbers kept in them: %1 characters, at most %2.</source>
        <translation>Catatan terlalu panjang beserta nomor yang disimpan di dalamnya: %1 karakter, paling banyak %2.</translation>
    </message>
    <message>
        <source>The call is kept on this workstation and is sent by itself when the database answers again.</source>
        <translation>Panggilan disimpan sementara di komputer ini dan dikirim otomatis saat basis data menjawab lagi.</translation>
    </message>
    <message>
        <source>Triage goes on: each answer is kept with it.</source>
        <translation>Triase berlanjut: setiap jawaban ikut disimpan.</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Case %1 reached the database. Triage goes on: each answer updates the case.</source>
        <translation>Kasus %1 sudah masuk ke basis data. Triase berlanjut: setiap jawaban memperbarui kasus.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n menunggu dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused, not sent</source>
        <translation>
            <numerusform>%n ditolak, tidak terkirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this workstation while the database could not be reached; sent by itself when it answers again. A refused one stays here for the shift lead.</source>
        <translation>Disimpan di komputer ini saat basis data tidak terjangkau; dikirim otomatis saat basis data menjawab lagi. Yang ditolak tetap di sini untuk kepala shift.</translation>
    </message>
    <message>
        <source>handset location ±%1 m</source>
        <translation>lokasi ponsel ±%1 m</translation>
    </message>
    <message>
        <source>The previous call is still being saved; its result will show here.</source>
        <translation>Panggilan sebelumnya masih disimpan; hasilnya akan tampil di sini.</translation>
    </message>
    <message>
        <source>The database does not answer: the call is kept on this workstation and is added to the case by itself as soon as it answers.</source>
        <translation>Basis data tidak menjawab: panggilan disimpan sementara di komputer ini dan otomatis ditambahkan ke kasus begitu basis data menjawab.</translation>
    </message>
    <message>
        <source>The database does not answer: the case is kept on this workstation and is sent by itself as soon as it answers.</source>
        <translation>Basis data tidak menjawab: kasus disimpan sementara di komputer ini dan dikirim otomatis begitu basis data menjawab.</translation>
    </message>
    <message>
        <source>Pick on map (F4)</source>
        <translation>Pilih di peta (F4)</translation>
    </message>
    <message>
        <source>The next click on the map sets the caller's location; Esc cancels</source>
        <translation>Klik berikutnya di peta menjadi lokasi penelepon; Esc membatalkan</translation>
    </message>
</context>
<context>
    <name>pela::ui::LocationSearch</name>
    <message>
        <source>Enter takes the highlighted place; arrows choose another.</source>
        <translation>Enter memilih tempat yang disorot; tombol panah memilih yang lain.</translation>
    </message>
    <message>
        <source>No place matches: the text is kept as spoken, without coordinates.</source>
        <translation>Tidak ada tempat yang cocok: teks disimpan sesuai ucapan, tanpa koordinat.</translation>
    </message>
    <message>
        <source>✓ %1 (%2) at %3</source>
        <translation>✓ %1 (%2) di %3</translation>
    </message>
    <message>
        <source>✓ Coordinates %1</source>
        <translation>✓ Koordinat %1</translation>
    </message>
    <message>
        <source>✓ Point on the map at %1</source>
        <translation>✓ Titik di peta pada %1</translation>
    </message>
    <message>
        <source>⚠ Outside the area this centre serves: check the place with the caller.</source>
        <translation>⚠ Di luar wilayah layanan pusat ini: pastikan tempatnya dengan penelepon.</translation>
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
        <source>Map</source>
        <translation>Peta</translation>
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
    <message>
        <source>The triage file %1 was refused, the built-in questions are used: %2</source>
        <translation>Berkas triase %1 ditolak, pertanyaan bawaan yang dipakai: %2</translation>
    </message>
    <message>
        <source>Units (unknown)</source>
        <translation>Unit (tidak diketahui)</translation>
    </message>
    <message>
        <source>Hospitals (unknown)</source>
        <translation>Rumah sakit (tidak diketahui)</translation>
    </message>
    <message>
        <source>Dispatch advice</source>
        <translation>Saran pengiriman</translation>
    </message>
    <message>
        <source>Connected to %1, signed in as %2</source>
        <translation>Terhubung ke %1, masuk sebagai %2</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Tata l&amp;etak</translation>
    </message>
    <message>
        <source>&amp;Call-taker: intake and board</source>
        <translation>&amp;Penerima panggilan: formulir panggilan dan papan kasus</translation>
    </message>
    <message>
        <source>&amp;Dispatcher: map and board</source>
        <translation>&amp;Dispatcher: peta dan papan kasus</translation>
    </message>
    <message>
        <source>&amp;Shift lead: board, hospitals and map</source>
        <translation>&amp;Kepala shift: papan kasus, rumah sakit, dan peta</translation>
    </message>
    <message>
        <source>&amp;Intake form beside the map</source>
        <translation>&amp;Formulir panggilan di samping peta</translation>
    </message>
    <message>
        <source>&amp;Shift report…</source>
        <translation>Laporan &amp;shift…</translation>
    </message>
    <message>
        <source>Hospitals: status and beds</source>
        <translation>Rumah sakit: status dan tempat tidur</translation>
    </message>
    <message>
        <source>&amp;Wall display: board and hospitals</source>
        <translation>Layar &amp;dinding: papan dan rumah sakit</translation>
    </message>
</context>
<context>
    <name>pela::ui::MapPanel</name>
    <message>
        <source>Roads</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Peta latar</translation>
    </message>
    <message>
        <source>Raster map tiles under the streets</source>
        <translation>Ubin peta raster di bawah jalan</translation>
    </message>
    <message>
        <source>Follow selection</source>
        <translation>Ikuti pilihan</translation>
    </message>
    <message>
        <source>Keep the selected case or unit in view as it moves</source>
        <translation>Jaga kasus atau unit terpilih tetap terlihat saat bergerak</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Seluruh peta</translation>
    </message>
    <message>
        <source>Show all of the map (Home)</source>
        <translation>Tampilkan seluruh peta (Home)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Tidak ada di peta</translation>
    </message>
    <message>
        <source>%1 — %2: location unknown</source>
        <translation>%1 — %2: lokasi tidak diketahui</translation>
    </message>
    <message>
        <source>%1 — P%2: no coordinates%3</source>
        <translation>%1 — P%2: tanpa koordinat%3</translation>
    </message>
    <message>
        <source>%1: no position yet</source>
        <translation>%1: belum ada posisi</translation>
    </message>
    <message>
        <source>Map data</source>
        <translation>Data peta</translation>
    </message>
    <message>
        <source>not loaded: %1</source>
        <translation>tidak termuat: %1</translation>
    </message>
    <message>
        <source>No streets imported yet: the map shows reference points only.</source>
        <translation>Belum ada jalan yang diimpor: peta hanya menampilkan titik acuan.</translation>
    </message>
    <message>
        <source>Assigned %1.</source>
        <translation>Ditugaskan: %1.</translation>
    </message>
    <message>
        <source>Undo %1 s</source>
        <translation>Urungkan %1 dtk</translation>
    </message>
    <message>
        <source>Click the caller's location on the map (Esc cancels)</source>
        <translation>Klik lokasi penelepon di peta (Esc membatalkan)</translation>
    </message>
</context>
<context>
    <name>pela::ui::MapRenderer</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>pela::ui::MapView</name>
    <message>
        <source>Kelurahan/desa %1</source>
        <translation>Kelurahan/desa %1</translation>
    </message>
    <message>
        <source>ER: %1</source>
        <translation>IGD: %1</translation>
    </message>
    <message>
        <source>%1 %2 of %3 free</source>
        <translation>%1 %2 dari %3 kosong</translation>
    </message>
    <message>
        <source>Beds: %1</source>
        <translation>Tempat tidur: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>belum dilaporkan</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Layanan: %1</translation>
    </message>
    <message>
        <source>Location approximate: %1</source>
        <translation>Lokasi perkiraan: %1</translation>
    </message>
    <message>
        <source>opened %1 (%2 ago)</source>
        <translation>dibuka %1 (%2 lalu)</translation>
    </message>
    <message>
        <source>No unit assigned</source>
        <translation>Belum ada unit</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>last position %1 (%2 ago)</source>
        <translation>posisi terakhir %1 (%2 lalu)</translation>
    </message>
    <message>
        <source>Position out of date: %1</source>
        <translation>Posisi usang: %1</translation>
    </message>
</context>
<context>
    <name>pela::ui::OverlayLayout</name>
    <message>
        <source>%1 · no unit for %2</source>
        <translation>%1 · tanpa unit selama %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a unit's label: call sign, then its ETA</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pela::ui::PriorityBox</name>
    <message>
        <source>P1 · RED</source>
        <translation>P1 · MERAH</translation>
    </message>
    <message>
        <source>P2 · YELLOW</source>
        <translation>P2 · KUNING</translation>
    </message>
    <message>
        <source>P3 · GREEN</source>
        <translation>P3 · HIJAU</translation>
    </message>
    <message>
        <source>P4 · NON-EMERGENCY</source>
        <translation>P4 · BUKAN DARURAT</translation>
    </message>
    <message>
        <source>No priority yet</source>
        <translation>Belum ada prioritas</translation>
    </message>
    <message>
        <source>0  as computed (P%1)</source>
        <translation>0  sesuai hitungan (P%1)</translation>
    </message>
    <message>
        <source>0  as computed</source>
        <translation>0  sesuai hitungan</translation>
    </message>
    <message>
        <source>why the priority differs</source>
        <translation>mengapa prioritas berbeda</translation>
    </message>
    <message>
        <source>(computed P%1)</source>
        <translation>(hitungan P%1)</translation>
    </message>
    <message>
        <source>O&amp;verride</source>
        <translation>Uba&amp;h</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Ala&amp;san</translation>
    </message>
</context>
<context>
    <name>pela::ui::RasterTileLayer</name>
    <message>
        <source>The raster tile address must be an http(s) URL with {z}, {x} and {y}: %1</source>
        <translation>Alamat ubin raster harus URL http(s) dengan {z}, {x} dan {y}: %1</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Berkas MBTiles %1 tidak ada.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 cannot be opened: %2</source>
        <translation>Berkas MBTiles %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (no metadata table).</source>
        <translation>%1 bukan berkas MBTiles (tidak ada tabel metadata).</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (no tiles table).</source>
        <translation>%1 bukan berkas MBTiles (tidak ada tabel tiles).</translation>
    </message>
</context>
<context>
    <name>pela::ui::RecommendationPanel</name>
    <message>
        <source>Units, first to arrive first</source>
        <translation>Unit, yang tercepat tiba di atas</translation>
    </message>
    <message>
        <source>Hospitals for the patient</source>
        <translation>Rumah sakit untuk pasien</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiba</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>ER beds</source>
        <translation>TT IGD</translation>
    </message>
    <message>
        <source>Send %1 (F3)</source>
        <translation>Kirim %1 (F3)</translation>
    </message>
    <message>
        <source>Send (F3)</source>
        <translation>Kirim (F3)</translation>
    </message>
    <message>
        <source>Recommendations: choose a case on the board or the map</source>
        <translation>Rekomendasi: pilih kasus di papan atau peta</translation>
    </message>
    <message>
        <source>Recommendations for %1 · %2 · %3</source>
        <translation>Rekomendasi untuk %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loading the roads…</source>
        <translation>Memuat data jalan…</translation>
    </message>
    <message>
        <source>No roads imported: times are straight-line estimates (≈).</source>
        <translation>Belum ada data jalan: waktu adalah perkiraan garis lurus (≈).</translation>
    </message>
    <message>
        <source>No unit available</source>
        <translation>Tidak ada unit tersedia</translation>
    </message>
    <message>
        <source>Every kelurahan is within %1 min of an available ambulance.</source>
        <translation>Semua kelurahan terjangkau ambulans tersedia dalam %1 menit.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Ditugaskan: %1</translation>
    </message>
</context>
<context>
    <name>pela::ui::ShiftReportDialog</name>
    <message>
        <source>Not connected to the database: the report cannot be read.</source>
        <translation>Tidak terhubung ke basis data: laporan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Reading the figures for %1 – %2 WIT…</source>
        <translation>Membaca angka untuk %1 – %2 WIT…</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Laporan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Belum ada laporan untuk disimpan.</translation>
    </message>
    <message>
        <source>The CSV %1 cannot be written: %2</source>
        <translation>CSV %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>Save the cases as CSV</source>
        <translation>Simpan daftar kasus sebagai CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Laporan shift</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;ari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>C&amp;urrent shift</source>
        <translation>Shift &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Previous shift</source>
        <translation>Shift se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Shifts change at 07:00 and 19:00 WIT.</source>
        <translation>Pergantian shift pukul 07.00 dan 19.00 WIT.</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>Save CS&amp;V…</source>
        <translation>Simpan &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>pela::ui::ShiftReportPdf</name>
    <message>
        <source>Shift handover report</source>
        <translation>Laporan serah terima shift</translation>
    </message>
    <message>
        <source>112 emergency call centre, Kota Ambon</source>
        <translation>Pusat panggilan darurat 112, Kota Ambon</translation>
    </message>
    <message>
        <source>Period: %1 – %2 WIT</source>
        <translation>Periode: %1 – %2 WIT</translation>
    </message>
    <message>
        <source>Generated %1 WIT by %2</source>
        <translation>Dibuat %1 WIT oleh %2</translation>
    </message>
    <message>
        <source>Transports per hospital</source>
        <translation>Pengantaran per rumah sakit</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Pengantaran</translation>
    </message>
    <message>
        <source>No transports.</source>
        <translation>Tidak ada pengantaran.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Panggilan dijawab</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Kasus dibuka</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>Duplikat digabungkan</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Per prioritas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Tidak ada kasus.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>%1 within %2 s</source>
        <translation>%1 dalam %2 dtk</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Persentil ke-90</translation>
    </message>
    <message>
        <source>NFPA 1225 goal: 90 %</source>
        <translation>Target NFPA 1225: 90 %</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>Tidak ada interval.</translation>
    </message>
    <message>
        <source>Times in minutes:seconds. Answer → dispatch runs from the first call's answer to the first unit dispatched. Undone assignments never count; hearse transports are left out of the intervals; a duplicate's calls count on its original.</source>
        <translation>Waktu dalam menit:detik. Jawab → penugasan dihitung dari panggilan pertama dijawab sampai unit pertama ditugaskan. Penugasan yang diurungkan tidak dihitung; angkutan jenazah tidak masuk interval; panggilan kasus duplikat dihitung pada kasus aslinya.</translation>
    </message>
    <message>
        <source>Cases per hour</source>
        <translation>Kasus per jam</translation>
    </message>
    <message>
        <source>Requests to partner hospitals</source>
        <translation>Permintaan ke rumah sakit mitra</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Median answer</source>
        <translation>Median jawaban</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Tidak ada permintaan.</translation>
    </message>
    <message>
        <source>Referrals per agency</source>
        <translation>Penerusan per instansi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Median to acknowledge</source>
        <translation>Median sampai ditanggapi</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Tidak ada penerusan.</translation>
    </message>
    <message>
        <source>Unit utilisation</source>
        <translation>Pemakaian unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Sibuk</translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation>Porsi periode</translation>
    </message>
    <message>
        <source>No unit was dispatched.</source>
        <translation>Tidak ada unit yang ditugaskan.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without an assignment in the period.</source>
        <translation>
            <numerusform>%n unit tanpa penugasan dalam periode ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Kasus (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
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
        <source>Answer → dispatch</source>
        <translation>Jawab → penugasan</translation>
    </message>
    <message>
        <source>Dispatch → scene</source>
        <translation>Penugasan → lokasi</translation>
    </message>
    <message>
        <source>Scene → hospital</source>
        <translation>Lokasi → rumah sakit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases opened per hour (WIT, from the start of the period)</source>
        <translation>Kasus dibuka per jam (WIT, dari awal periode)</translation>
    </message>
    <message>
        <source>Shift handover report %1 – %2 WIT</source>
        <translation>Laporan serah terima shift %1 – %2 WIT</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be written: check the folder and permissions.</source>
        <translation>PDF %1 tidak dapat ditulis: periksa folder dan izinnya.</translation>
    </message>
    <message>
        <source>Pela 112 — shift %1 – %2 WIT</source>
        <translation>Pela 112 — shift %1 – %2 WIT</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be finished.</source>
        <translation>PDF %1 tidak dapat diselesaikan.</translation>
    </message>
</context>
<context>
    <name>pela::ui::SignInDialog</name>
    <message>
        <source>Type your user name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Sign in — Pela 112</source>
        <translation>Masuk — Pela 112</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <source>Sign in to %1 with your own user name and password.</source>
        <translation>Masuk ke %1 dengan nama pengguna dan kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>pela::ui::TriageQuestionsView</name>
    <message>
        <source>e.g. 14.30 or 25/3 14.30, then Enter</source>
        <translation>mis. 14.30 atau 25/3 14.30, lalu Enter</translation>
    </message>
    <message>
        <source>Type the answer, then Enter</source>
        <translation>Ketik jawabannya, lalu Enter</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Terlalu panjang: %1 karakter, paling banyak %2.</translation>
    </message>
    <message>
        <source>Contains a control character; type it again.</source>
        <translation>Berisi karakter kontrol; ketik ulang.</translation>
    </message>
    <message>
        <source>Not a time: type 14.30, or a date and time as 25/3 14.30.</source>
        <translation>Bukan waktu: ketik 14.30, atau tanggal dan jam seperti 25/3 14.30.</translation>
    </message>
</context>
<context>
    <name>pela::ui::WallWindow</name>
    <message>
        <source>Pela 112 — Wall display</source>
        <translation>Pela 112 — Layar dinding</translation>
    </message>
</context>
</TS>
