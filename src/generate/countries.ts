/**
 * Real countries for the synthetic corpus (from `world-countries`): the name as news
 * text writes it ("the Philippines"), the adjective used before a title ("Kazakh Foreign
 * Minister ..."), the capital for datelines, and the pool invented names are drawn from.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { Random } from './random.js';

// A CommonJS JSON array: required, not imported (as src/modules/country/country.seed.ts does).
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

export type Gender = 'm' | 'f';

export interface GenCountry {
  iso2: string;
  /** As written in running text, without its article: "Philippines", "Kazakhstan". */
  name: string;
  /** Takes "the" in running text ("the Philippines", "the United States"). */
  the: boolean;
  /** Adjective before a title or a group: "Kazakh", "Indian", "Chinese". */
  demonym: string;
  /** Capital as written in text ("Brasília"). */
  capital: string;
  /** Capital for a dateline: ASCII capitals ("BRASILIA"). */
  datelineCity: string;
  region: string;
  subregion: string;
  names: NameBank;
  /** Has an executive or elected president (not a monarchy or a Westminster-style system). */
  president: boolean;
}

/** Adjectives news text uses where the package has another form ("Kazakhstani", "Tadzhik"). */
const DEMONYMS: Record<string, string> = {
  KZ: 'Kazakh',
  KG: 'Kyrgyz',
  TJ: 'Tajik',
  UZ: 'Uzbek',
  AG: 'Antiguan',
  BA: 'Bosnian',
  KN: 'Kittitian',
  SA: 'Saudi',
  DJ: 'Djiboutian',
  MV: 'Maldivian',
  EC: 'Ecuadorian',
  CV: 'Cape Verdean',
  TL: 'Timorese',
  NZ: 'New Zealand',
  US: 'US',
  GB: 'British',
  PH: 'Philippine',
  CD: 'Congolese',
  CG: 'Congolese',
  SR: 'Surinamese',
  IS: 'Icelandic',
  LU: 'Luxembourgish',
  MM: 'Myanmar',
  BW: 'Botswanan',
  LS: 'Lesotho',
};
const NAMES: Record<string, string> = { CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo' };
const WITH_THE = new Set(['BS', 'GM', 'NL', 'PH', 'US', 'GB', 'AE', 'CF', 'DO', 'CD', 'CG', 'MV', 'MH', 'SB', 'KM']);
const CAPITALS: Record<string, string> = { US: 'Washington', MN: 'Ulaanbaatar', GD: "St. George's", AG: "St. John's" };
const EXCLUDED = new Set(['VA']);
/** Monarchies and parliamentary systems whose officials would not include a "President". */
const NO_PRESIDENT = new Set(
  'AD AE AG AU BB BE BH BN BS BT BZ CA DK ES GB GD JM JO JP KH KN KW LC LI LS LU MA MC MY NL NO NZ OM PG QA SA SB SE SZ TH TO TV VC'.split(
    ' ',
  ),
);

/** How invented people are named in a country. */
export interface NameBank {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** "Zhang Wei": family name first, and later mentions use it. */
  surnameFirst?: boolean;
  /** Surnames take a feminine form: Volkov -> Volkova. */
  slavicFeminine?: boolean;
}

const BANKS = {
  centralAsian: {
    male: [
      'Aibek',
      'Nurlan',
      'Yerlan',
      'Bakhyt',
      'Timur',
      'Askar',
      'Daniyar',
      'Rustam',
      'Farrukh',
      'Sherzod',
      'Bakhtiyor',
      'Jamshid',
      'Azamat',
      'Ulan',
      'Almaz',
      'Kanat',
      'Marat',
      'Serik',
      'Dilshod',
      'Sardor',
      'Bolat',
      'Talant',
      'Firuz',
      'Murodali',
    ],
    female: [
      'Aigerim',
      'Dinara',
      'Gulnara',
      'Aliya',
      'Madina',
      'Zarina',
      'Saule',
      'Nigora',
      'Malika',
      'Aizhan',
      'Kamila',
      'Dildora',
      'Gulshan',
      'Feruza',
    ],
    surnames: [
      'Nurlanov',
      'Abenov',
      'Zhakupov',
      'Sadykov',
      'Usmanov',
      'Rakhimov',
      'Alimov',
      'Bekov',
      'Ismailov',
      'Kasymov',
      'Mukhtarov',
      'Saidov',
      'Yusupov',
      'Ergashev',
      'Turgunov',
      'Dzhumabaev',
      'Omurbekov',
      'Akhmetov',
      'Baimukhanov',
      'Iskakov',
      'Nazarov',
      'Sharipov',
      'Khodjaev',
      'Safarov',
      'Zhumagulov',
      'Tursunov',
    ],
    slavicFeminine: true,
  },
  russian: {
    male: [
      'Alexei',
      'Dmitry',
      'Sergei',
      'Mikhail',
      'Andrei',
      'Nikolai',
      'Pavel',
      'Igor',
      'Oleg',
      'Viktor',
      'Yuri',
      'Konstantin',
      'Vadim',
      'Grigory',
    ],
    female: ['Elena', 'Natalia', 'Olga', 'Irina', 'Tatiana', 'Svetlana', 'Maria', 'Anna', 'Yulia', 'Ekaterina'],
    surnames: [
      'Volkov',
      'Sokolov',
      'Morozov',
      'Orlov',
      'Belov',
      'Kuznetsov',
      'Fedorov',
      'Zaitsev',
      'Gromov',
      'Lebedev',
      'Pavlov',
      'Semenov',
      'Tikhonov',
      'Vasiliev',
      'Karpov',
      'Ilyin',
      'Korolev',
      'Nikitin',
      'Smirnov',
      'Zhukov',
    ],
    slavicFeminine: true,
  },
  armenian: {
    male: ['Tigran', 'Levon', 'Armen', 'Aram', 'Hayk', 'Vahe', 'Gagik'],
    female: ['Ani', 'Lusine', 'Anahit', 'Mariam', 'Gayane'],
    surnames: ['Karapetyan', 'Hakobyan', 'Sargsyan', 'Grigoryan', 'Harutyunyan', 'Petrosyan', 'Avetisyan'],
  },
  azerbaijani: {
    male: ['Elchin', 'Rashad', 'Anar', 'Vugar', 'Elnur', 'Farid', 'Ramil'],
    female: ['Leyla', 'Gunel', 'Aynur', 'Sevinj', 'Nigar'],
    surnames: ['Hasanov', 'Guliyev', 'Mammadli', 'Huseynli', 'Ismayilov', 'Abbasov', 'Rzayev'],
    slavicFeminine: true,
  },
  georgian: {
    male: ['Giorgi', 'Davit', 'Irakli', 'Levan', 'Nikoloz', 'Zurab'],
    female: ['Nino', 'Tamar', 'Ketevan', 'Mariam', 'Salome'],
    surnames: ['Beridze', 'Kapanadze', 'Gelashvili', 'Lomidze', 'Tsiklauri', 'Japaridze', 'Khutsishvili'],
  },
  chinese: {
    male: [
      'Wei',
      'Jun',
      'Hao',
      'Lei',
      'Ming',
      'Tao',
      'Jian',
      'Yong',
      'Qiang',
      'Bo',
      'Zhiqiang',
      'Guohua',
      'Jianguo',
      'Xiaodong',
    ],
    female: ['Fang', 'Jing', 'Yan', 'Hui', 'Xiaoling', 'Mei', 'Ying', 'Lan', 'Xiaoyan', 'Lijuan'],
    surnames: [
      'Wang',
      'Li',
      'Zhang',
      'Liu',
      'Chen',
      'Yang',
      'Zhao',
      'Huang',
      'Zhou',
      'Wu',
      'Xu',
      'Sun',
      'Ma',
      'Hu',
      'Guo',
      'He',
      'Lin',
      'Gao',
      'Luo',
      'Song',
    ],
    surnameFirst: true,
  },
  eastAsian: {
    male: ['Min-jun', 'Seung-ho', 'Dong-hyun', 'Jae-won', 'Sung-min'],
    female: ['Ji-won', 'Hye-jin', 'Soo-yeon', 'Eun-ji'],
    surnames: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han'],
    surnameFirst: true,
  },
  japanese: {
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Daisuke', 'Kazuo', 'Shinji', 'Yoshihiro'],
    female: ['Yuki', 'Akiko', 'Naoko', 'Emi', 'Keiko'],
    surnames: ['Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Ito', 'Morita'],
  },
  mongolian: {
    male: ['Batbayar', 'Ganbold', 'Enkhbat', 'Tsogt', 'Munkh-Erdene', 'Bold'],
    female: ['Oyunchimeg', 'Sarangerel', 'Altantsetseg', 'Enkhjargal'],
    surnames: ['Ganbaatar', 'Dorj', 'Batsaikhan', 'Tserendorj', 'Purevsuren', 'Enkhtuya'],
  },
  southAsian: {
    male: [
      'Rajesh',
      'Arvind',
      'Sanjay',
      'Vikram',
      'Anil',
      'Suresh',
      'Rohan',
      'Amit',
      'Prakash',
      'Ravi',
      'Deepak',
      'Karan',
    ],
    female: ['Priya', 'Anjali', 'Sunita', 'Meera', 'Kavita', 'Nandini', 'Shreya', 'Lakshmi'],
    surnames: [
      'Sharma',
      'Verma',
      'Iyer',
      'Menon',
      'Reddy',
      'Banerjee',
      'Joshi',
      'Nair',
      'Kapoor',
      'Mehta',
      'Rao',
      'Thapa',
      'Perera',
      'Rahman',
      'Chowdhury',
      'Dorji',
      'Gupta',
      'Shrestha',
    ],
  },
  pakistani: {
    male: [
      'Imran',
      'Bilal',
      'Faisal',
      'Tariq',
      'Usman',
      'Asad',
      'Hamid',
      'Naveed',
      'Zahid',
      'Shahid',
      'Ahmad',
      'Farid',
    ],
    female: ['Ayesha', 'Sana', 'Fatima', 'Hina', 'Mariam', 'Nadia', 'Zainab'],
    surnames: [
      'Khan',
      'Qureshi',
      'Malik',
      'Chaudhry',
      'Hussain',
      'Siddiqui',
      'Abbasi',
      'Butt',
      'Rahimi',
      'Karimi',
      'Hakimi',
      'Stanikzai',
      'Durrani',
    ],
  },
  persian: {
    male: ['Ali', 'Mohammad', 'Reza', 'Hossein', 'Mehdi', 'Hamid', 'Saeed', 'Majid', 'Abbas'],
    female: ['Maryam', 'Zahra', 'Fatemeh', 'Narges', 'Leila', 'Shirin'],
    surnames: [
      'Ahmadi',
      'Hosseini',
      'Rezaei',
      'Mousavi',
      'Karimi',
      'Tehrani',
      'Jafari',
      'Sadeghi',
      'Rahimi',
      'Najafi',
      'Ghorbani',
    ],
  },
  arabic: {
    male: [
      'Ahmed',
      'Mohamed',
      'Khaled',
      'Omar',
      'Youssef',
      'Tarek',
      'Hassan',
      'Faisal',
      'Sami',
      'Karim',
      'Nabil',
      'Walid',
    ],
    female: ['Fatima', 'Amal', 'Nadia', 'Leila', 'Rania', 'Huda', 'Mariam', 'Salma', 'Noura'],
    surnames: [
      'Al-Mansouri',
      'Haddad',
      'Nasser',
      'El-Sayed',
      'Al-Hashimi',
      'Abdullah',
      'Khalil',
      'Saleh',
      'Al-Qahtani',
      'Mansour',
      'Benali',
      'Bouzid',
      'Hamdan',
      'Al-Amiri',
    ],
  },
  turkish: {
    male: ['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Burak', 'Murat', 'Kemal', 'Serkan', 'Oğuz'],
    female: ['Ayşe', 'Elif', 'Zeynep', 'Selin', 'Esra', 'Gül'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç'],
  },
  indonesian: {
    male: ['Budi', 'Agus', 'Bambang', 'Hendra', 'Rizal', 'Arief', 'Dedi', 'Yusuf'],
    female: ['Retno', 'Dewi', 'Siti', 'Rina', 'Wulan', 'Sri'],
    surnames: ['Santoso', 'Wibowo', 'Pratama', 'Hidayat', 'Kusuma', 'Nugroho', 'Setiawan', 'Saputra', 'Gunawan'],
  },
  filipino: {
    male: ['Jose', 'Ramon', 'Antonio', 'Eduardo', 'Manuel', 'Rodrigo', 'Enrique'],
    female: ['Maria', 'Cristina', 'Rosario', 'Teresa', 'Liza'],
    surnames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Mendoza', 'Villanueva', 'Aquino', 'Dela Cruz', 'Ramos'],
  },
  thai: {
    male: ['Somchai', 'Anan', 'Thanakorn', 'Supachai', 'Prasert', 'Wichai'],
    female: ['Siriporn', 'Kanya', 'Malee', 'Pimchanok', 'Ratana'],
    surnames: ['Wongsakul', 'Srisuk', 'Chaiyaporn', 'Rattanakorn', 'Sukhumvit', 'Thongchai', 'Boonmee'],
  },
  vietnamese: {
    male: ['Van Minh', 'Duc Anh', 'Quoc Hung', 'Thanh Son', 'Manh Cuong'],
    female: ['Thi Lan', 'Thu Ha', 'Thi Mai', 'Ngoc Anh'],
    surnames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'],
    surnameFirst: true,
  },
  malay: {
    male: ['Ahmad', 'Azman', 'Hafiz', 'Ismail', 'Razak', 'Zulkifli', 'Hisham'],
    female: ['Noraini', 'Faridah', 'Siti Aminah', 'Zuraida', 'Nurul'],
    surnames: ['Hamzah', 'Ismail', 'Yusof', 'Osman', 'Abdullah', 'Rahman', 'Salleh', 'Jaafar'],
  },
  khmer: {
    male: ['Sokha', 'Vannak', 'Dara', 'Sophal', 'Visal', 'Rithy'],
    female: ['Sreymom', 'Chantha', 'Sokunthea', 'Bopha', 'Channary'],
    surnames: ['Chea', 'Sok', 'Heng', 'Kem', 'Prak', 'Chhay', 'Ly', 'Meas'],
  },
  lao: {
    male: ['Khamla', 'Bounmy', 'Sinath', 'Phonesavanh', 'Somsak', 'Thongsing'],
    female: ['Vilayvanh', 'Manivone', 'Souksavanh', 'Chanthavy'],
    surnames: ['Phommachanh', 'Sisoulath', 'Keomany', 'Vongsa', 'Inthavong', 'Sengdara'],
  },
  burmese: {
    male: ['Aung', 'Kyaw', 'Zaw', 'Min', 'Htet', 'Thura'],
    female: ['Thida', 'Nilar', 'Khin', 'Su', 'Ei'],
    surnames: ['Tun', 'Win', 'Thein', 'Myint', 'Naing', 'Oo', 'Htun', 'Lwin'],
  },
  anglophoneWestAfrican: {
    male: ['Kwame', 'Oluwaseun', 'Chinedu', 'Kofi', 'Emmanuel', 'Yaw', 'Babajide', 'Ifeanyi', 'Musa'],
    female: ['Ngozi', 'Adjoa', 'Chioma', 'Esi', 'Funmilayo', 'Abena', 'Amina'],
    surnames: [
      'Mensah',
      'Okafor',
      'Adeyemi',
      'Boateng',
      'Nwosu',
      'Kamara',
      'Owusu',
      'Bello',
      'Eze',
      'Asante',
      'Conteh',
    ],
  },
  francophoneAfrican: {
    male: [
      'Moussa',
      'Amadou',
      'Abdoulaye',
      'Seydou',
      'Jean-Pierre',
      'Ibrahima',
      'Mamadou',
      'Alain',
      'Serge',
      'Ousmane',
    ],
    female: ['Fatou', 'Aissatou', 'Mariama', 'Awa', 'Clarisse', 'Aminata', 'Rokia'],
    surnames: [
      'Diallo',
      'Traoré',
      'Keita',
      'Sow',
      'Ouédraogo',
      'Coulibaly',
      'Ndiaye',
      'Mbala',
      'Kaboré',
      'Touré',
      'Mahamat',
      'Nkurunziza',
      'Tshibanda',
    ],
  },
  eastAfrican: {
    male: ['Joseph', 'Samuel', 'Peter', 'Daniel', 'Musa', 'Kipchoge', 'Godfrey', 'Emmanuel', 'Baraka'],
    female: ['Grace', 'Wanjiru', 'Neema', 'Achieng', 'Esther', 'Rehema', 'Aisha'],
    surnames: [
      'Kamau',
      'Otieno',
      'Mwangi',
      'Mutua',
      'Odhiambo',
      'Kiprono',
      'Nyerere',
      'Museveni',
      'Mugisha',
      'Habimana',
      'Said',
    ],
  },
  hornAfrican: {
    male: ['Tesfaye', 'Yohannes', 'Dawit', 'Abiy', 'Getachew', 'Mohamed', 'Abdi', 'Ahmed'],
    female: ['Mekdes', 'Hirut', 'Selam', 'Fatuma', 'Hodan'],
    surnames: ['Haile', 'Abebe', 'Girma', 'Tadesse', 'Bekele', 'Tekle', 'Warsame', 'Farah', 'Osman'],
  },
  southernAfrican: {
    male: ['Thabo', 'Sipho', 'Tendai', 'Tafadzwa', 'Lungile', 'Mpho', 'Kagiso', 'Chanda', 'Mthunzi'],
    female: ['Nomvula', 'Chipo', 'Lindiwe', 'Thandiwe', 'Naledi', 'Mwila', 'Ruvimbo'],
    surnames: [
      'Ndlovu',
      'Mokoena',
      'Moyo',
      'Phiri',
      'Nkosi',
      'Banda',
      'Dlamini',
      'Mbeki',
      'Chiluba',
      'Shikongo',
      'Masire',
      'Mutasa',
    ],
  },
  hispanic: {
    male: ['Carlos', 'Luis', 'Jorge', 'Javier', 'Diego', 'Andrés', 'Fernando', 'Alejandro', 'Ricardo', 'Pablo'],
    female: ['María', 'Ana', 'Lucía', 'Carolina', 'Gabriela', 'Valentina', 'Isabel'],
    surnames: [
      'García',
      'Rodríguez',
      'Martínez',
      'López',
      'Fernández',
      'Gómez',
      'Herrera',
      'Castillo',
      'Vargas',
      'Morales',
      'Rojas',
      'Navarro',
    ],
  },
  lusophone: {
    male: ['João', 'Pedro', 'Rafael', 'Paulo', 'Marcelo', 'Tiago', 'António'],
    female: ['Ana', 'Beatriz', 'Fernanda', 'Mariana', 'Luísa'],
    surnames: ['Souza', 'Oliveira', 'Santos', 'Costa', 'Pereira', 'Almeida', 'Ferreira', 'Carvalho', 'Ribeiro'],
  },
  english: {
    male: ['James', 'Michael', 'David', 'Robert', 'Daniel', 'Andrew', 'Richard', 'Thomas', 'Mark', 'Paul'],
    female: ['Sarah', 'Emily', 'Catherine', 'Helen', 'Rachel', 'Laura', 'Fiona', 'Julia'],
    surnames: [
      'Smith',
      'Johnson',
      'Brown',
      'Taylor',
      'Wilson',
      'Clarke',
      'Walker',
      'Harris',
      'Campbell',
      'Bennett',
      'Mitchell',
      'Hughes',
      'Reid',
    ],
  },
  german: {
    male: ['Thomas', 'Lukas', 'Stefan', 'Markus', 'Andreas', 'Jürgen', 'Felix', 'Matthias'],
    female: ['Anna', 'Katrin', 'Sabine', 'Julia', 'Ursula', 'Heike'],
    surnames: ['Müller', 'Schmidt', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Keller', 'Huber'],
  },
  french: {
    male: ['Pierre', 'Jean', 'Philippe', 'Olivier', 'Nicolas', 'François', 'Laurent'],
    female: ['Sophie', 'Claire', 'Isabelle', 'Camille', 'Nathalie', 'Élise'],
    surnames: ['Dubois', 'Moreau', 'Lefebvre', 'Laurent', 'Girard', 'Fontaine', 'Mercier', 'Lambert', 'Peeters'],
  },
  italian: {
    male: ['Marco', 'Paolo', 'Matteo', 'Giuseppe', 'Luca', 'Alessandro', 'Roberto'],
    female: ['Chiara', 'Giulia', 'Francesca', 'Elena', 'Silvia'],
    surnames: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Greco', 'Conti', 'Borg', 'Vella'],
  },
  nordic: {
    male: ['Erik', 'Henrik', 'Lars', 'Anders', 'Mikko', 'Jonas', 'Ole', 'Gunnar'],
    female: ['Ingrid', 'Sofia', 'Anna', 'Kristin', 'Liisa', 'Maja'],
    surnames: ['Lindqvist', 'Johansson', 'Andersen', 'Nielsen', 'Virtanen', 'Hansen', 'Berg', 'Korhonen', 'Jónsson'],
  },
  centralEuropean: {
    male: [
      'Tomasz',
      'Jan',
      'Piotr',
      'Pavel',
      'Martin',
      'Marek',
      'László',
      'Gábor',
      'Andrei',
      'Mihai',
      'Jānis',
      'Tomas',
    ],
    female: ['Katarzyna', 'Eva', 'Magdalena', 'Petra', 'Zsófia', 'Ioana', 'Ieva', 'Kadri'],
    surnames: [
      'Nowak',
      'Kowalski',
      'Novák',
      'Dvořák',
      'Horváth',
      'Nagy',
      'Popescu',
      'Ionescu',
      'Bērziņš',
      'Kazlauskas',
      'Tamm',
      'Wiśniewski',
      'Visser',
      'Jansen',
    ],
  },
  balkan: {
    male: ['Nikola', 'Marko', 'Stefan', 'Dragan', 'Ivan', 'Goran', 'Arben', 'Dimitar', 'Milan'],
    female: ['Ana', 'Jelena', 'Maja', 'Ivana', 'Elira', 'Milena'],
    surnames: [
      'Horvat',
      'Petrović',
      'Jovanović',
      'Kovačević',
      'Novak',
      'Hoxha',
      'Dimitrov',
      'Georgiev',
      'Nikolovski',
      'Babić',
    ],
  },
  greek: {
    male: ['Nikos', 'Giorgos', 'Dimitris', 'Kostas', 'Yiannis', 'Andreas'],
    female: ['Eleni', 'Maria', 'Katerina', 'Sofia', 'Despina'],
    surnames: ['Papadopoulos', 'Georgiou', 'Konstantinou', 'Nikolaidis', 'Papadakis', 'Christodoulou', 'Ioannou'],
  },
} satisfies Record<string, NameBank>;

type BankName = keyof typeof BANKS;

const BANK_BY_COUNTRY: Record<string, BankName> = {
  KZ: 'centralAsian',
  KG: 'centralAsian',
  UZ: 'centralAsian',
  TJ: 'centralAsian',
  TM: 'centralAsian',
  RU: 'russian',
  BY: 'russian',
  UA: 'russian',
  MD: 'russian',
  AM: 'armenian',
  AZ: 'azerbaijani',
  GE: 'georgian',
  CN: 'chinese',
  SG: 'chinese',
  KR: 'eastAsian',
  KP: 'eastAsian',
  JP: 'japanese',
  MN: 'mongolian',
  PK: 'pakistani',
  AF: 'pakistani',
  IR: 'persian',
  TR: 'turkish',
  BR: 'lusophone',
  PT: 'lusophone',
  AO: 'lusophone',
  MZ: 'lusophone',
  CV: 'lusophone',
  GW: 'lusophone',
  ST: 'lusophone',
  TL: 'lusophone',
  US: 'english',
  GB: 'english',
  CA: 'english',
  AU: 'english',
  NZ: 'english',
  IE: 'english',
  ES: 'hispanic',
  DE: 'german',
  AT: 'german',
  CH: 'german',
  LI: 'german',
  LU: 'french',
  FR: 'french',
  BE: 'french',
  MC: 'french',
  IT: 'italian',
  SM: 'italian',
  MT: 'italian',
  SE: 'nordic',
  NO: 'nordic',
  DK: 'nordic',
  FI: 'nordic',
  IS: 'nordic',
  GR: 'greek',
  CY: 'greek',
  SI: 'balkan',
  HR: 'balkan',
  RS: 'balkan',
  BA: 'balkan',
  ME: 'balkan',
  MK: 'balkan',
  BG: 'balkan',
  AL: 'balkan',
  NG: 'anglophoneWestAfrican',
  GH: 'anglophoneWestAfrican',
  LR: 'anglophoneWestAfrican',
  SL: 'anglophoneWestAfrican',
  GM: 'anglophoneWestAfrican',
  ET: 'hornAfrican',
  ER: 'hornAfrican',
  SO: 'hornAfrican',
  DJ: 'hornAfrican',
  KE: 'eastAfrican',
  TZ: 'eastAfrican',
  UG: 'eastAfrican',
  RW: 'eastAfrican',
  SS: 'eastAfrican',
  SC: 'eastAfrican',
  MU: 'eastAfrican',
  KM: 'eastAfrican',
  MR: 'arabic',
  MG: 'francophoneAfrican',
  BI: 'francophoneAfrican',
  ID: 'indonesian',
  PH: 'filipino',
  TH: 'thai',
  VN: 'vietnamese',
  MY: 'malay',
  BN: 'malay',
  KH: 'khmer',
  LA: 'lao',
  MM: 'burmese',
};

function bankFor(iso2: string, region: string, subregion: string): BankName {
  const direct = BANK_BY_COUNTRY[iso2];
  if (direct) return direct;
  if (subregion === 'Southern Asia') return 'southAsian';
  if (subregion === 'South-Eastern Asia') return 'malay';
  if (subregion === 'Western Asia' || subregion === 'Northern Africa') return 'arabic';
  if (subregion === 'Western Africa' || subregion === 'Middle Africa') return 'francophoneAfrican';
  if (region === 'Africa') return 'southernAfrican';
  if (region === 'Americas') return subregion === 'Caribbean' || subregion === 'North America' ? 'english' : 'hispanic';
  if (region === 'Oceania') return 'english';
  return 'centralEuropean';
}

/** "Brasília" -> "BRASILIA": the splitter's dateline pattern is ASCII capitals. */
function datelineCity(city: string): string {
  return city.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toUpperCase();
}

function build(): GenCountry[] {
  return worldCountries
    .filter((c) => c.unMember && c.ccn3 && !EXCLUDED.has(c.cca2) && c.capital?.[0])
    .map((c) => {
      const capital = CAPITALS[c.cca2] ?? c.capital[0];
      return {
        iso2: c.cca2,
        name: NAMES[c.cca2] ?? c.name.common,
        the: WITH_THE.has(c.cca2),
        demonym: DEMONYMS[c.cca2] ?? c.demonyms?.eng?.m ?? c.name.common,
        capital,
        datelineCity: datelineCity(capital),
        region: c.region,
        subregion: c.subregion ?? c.region,
        names: BANKS[bankFor(c.cca2, c.region, c.subregion ?? '')],
        president: !NO_PRESIDENT.has(c.cca2),
      };
    });
}

export const COUNTRIES: readonly GenCountry[] = build();
const BY_ISO2 = new Map(COUNTRIES.map((c) => [c.iso2, c]));

export function country(iso2: string): GenCountry {
  const c = BY_ISO2.get(iso2);
  if (!c) throw new Error(`unknown country ${iso2}`);
  return c;
}

const BY_REGION = new Map<string, GenCountry[]>();
for (const c of COUNTRIES) BY_REGION.set(c.region, [...(BY_REGION.get(c.region) ?? []), c]);

/** Countries of a region ("Asia", "Africa" ...); the same array on every call. */
export function countriesIn(region: string): readonly GenCountry[] {
  return BY_REGION.get(region) ?? [];
}

/** "the Philippines" / "Kazakhstan"; `start` capitalises the article at a sentence start. */
export function countryName(c: GenCountry, start = false): string {
  if (!c.the) return c.name;
  return `${start ? 'The' : 'the'} ${c.name}`;
}

/** "Kazakhstan's", "the Philippines'". */
export function countryPossessive(c: GenCountry, start = false): string {
  const name = countryName(c, start);
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

export interface PersonName {
  full: string;
  /** How later mentions refer to the person: "Nurlanov", "Zhang". */
  short: string;
  gender: Gender;
}

export function inventName(rng: Random, bank: NameBank, gender: Gender): PersonName {
  const given = rng.pick(gender === 'm' ? bank.male : bank.female);
  let surname = rng.pick(bank.surnames);
  if (surname === given) surname = rng.pick(bank.surnames.filter((x) => x !== given));
  if (gender === 'f' && bank.slavicFeminine && /(?:ov|ev|in)$/.test(surname)) surname += 'a';
  const full = bank.surnameFirst ? `${surname} ${given}` : `${given} ${surname}`;
  return { full, short: surname, gender };
}
