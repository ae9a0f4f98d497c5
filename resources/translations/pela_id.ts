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
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080 (default 1366x768).</source>
        <translation>Ukuran jendela untuk --screenshot, mis. 1920x1080 (bawaan 1366x768).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, at least 640x480, not &quot;%1&quot;</source>
        <translation>--size harus LEBARxTINGGI, minimal 640x480, bukan &quot;%1&quot;</translation>
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
        <source>There is no open request for %1 (it may have expired).</source>
        <translation>Tidak ada permintaan terbuka untuk %1 (mungkin sudah kedaluwarsa).</translation>
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
        <source>Your role does not allow this action.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
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
        <source>The phone number &quot;%1&quot; may only contain digits, +, spaces, brackets and dashes.</source>
        <translation>Nomor telepon &quot;%1&quot; hanya boleh berisi angka, +, spasi, tanda kurung, dan tanda hubung.</translation>
    </message>
    <message>
        <source>A location needs both latitude and longitude.</source>
        <translation>Lokasi memerlukan lintang dan bujur sekaligus.</translation>
    </message>
    <message>
        <source>The coordinates %1, %2 are not on Earth (latitude -90..90, longitude -180..180).</source>
        <translation>Koordinat %1, %2 tidak ada di Bumi (lintang -90..90, bujur -180..180).</translation>
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
        <source>%1 was reassigned to %2</source>
        <translation>%1 dipindahkan ke %2</translation>
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
        <source>%1 was cancelled: %2</source>
        <translation>%1 dibatalkan: %2</translation>
    </message>
    <message>
        <source>Say why the request is declined.</source>
        <translation>Sebutkan alasan permintaan ditolak.</translation>
    </message>
    <message>
        <source>%1 declined: %2</source>
        <translation>%1 menolak: %2</translation>
    </message>
    <message>
        <source>request for %1 expired after %2 s without an answer</source>
        <translation>permintaan %1 kedaluwarsa setelah %2 dtk tanpa jawaban</translation>
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
        <source>reopened: %1</source>
        <translation>dibuka kembali: %1</translation>
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
        <source>The connection broke while importing; check with &apos;pela-admin status&apos; whether the layer was imported, or import it again.</source>
        <translation>Koneksi terputus saat mengimpor; periksa dengan &apos;pela-admin status&apos; apakah lapisan sudah diimpor, atau impor lagi.</translation>
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
        <source>not GeoJSON: &quot;features&quot; is not an array</source>
        <translation>bukan GeoJSON: &quot;features&quot; bukan larik</translation>
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
        <source>%1 has no &quot;highway&quot; property: a roads layer needs each way&apos;s OpenStreetMap road class</source>
        <translation>%1 tidak memiliki properti &quot;highway&quot;: lapisan jalan memerlukan kelas jalan OpenStreetMap untuk setiap ruas</translation>
    </message>
    <message>
        <source>not GeoJSON: the object has no &quot;type&quot;: &quot;FeatureCollection&quot;</source>
        <translation>bukan GeoJSON: objek tidak memiliki &quot;type&quot;: &quot;FeatureCollection&quot;</translation>
    </message>
    <message>
        <source>a %1 is not a FeatureCollection; import a FeatureCollection</source>
        <translation>%1 bukan FeatureCollection; impor sebuah FeatureCollection</translation>
    </message>
    <message>
        <source>not GeoJSON: the FeatureCollection has no &quot;features&quot; array</source>
        <translation>bukan GeoJSON: FeatureCollection tidak memiliki larik &quot;features&quot;</translation>
    </message>
    <message>
        <source>the file holds 0 features; there is nothing to import</source>
        <translation>berkas berisi 0 fitur; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>%1: cannot tell whether it is a kelurahan or a kecamatan boundary (no &quot;level&quot; or &quot;kode&quot; property, and the layer&apos;s name says neither)</source>
        <translation>%1: tidak dapat ditentukan apakah batas kelurahan atau kecamatan (tidak ada properti &quot;level&quot; atau &quot;kode&quot;, dan nama lapisan tidak menyebut keduanya)</translation>
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
</TS>
