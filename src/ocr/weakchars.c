#include "ocr/weakchars.h"

#include <string.h>

/* What chi_sim never reads or reads in at most one of four fonts: first
 * from the 757 characters of the development sets' names (blind, then
 * weak), then from all of GB 2312 drawn in a name's place (bench/
 * ocr_blind_chars.py --gb2312: of the 3,755 common characters those read in
 * at most one font — 捌 柒 叁 仟 壹 of amounts among them —, of level 2 those
 * read in one or two, 岚 薇 雯 璐 …, and its surnames never read). Last,
 * characters of the same build as listed ones (磊 森 … beside 鑫, 阎 闫 间
 * beside 阊: a 阎 read as 疝 had become 阊 while 阎 was not listed). A cell
 * goes to the listed character it is nearest to (glyph.c). */
#define NEVER_READ "冀冼启孟宓岑崔庹庾敖晁暮滇滔珩砼綦耒蒯蒲蕊詹赉赣逄邕邝邰郗郜鄱酆鑫阊隗骁鹭麓鼎瞿"

const char WEAK_CHARS[] =
	NEVER_READ
	"耀邱亮厂尹戚栾殿泉穆粤芜芯苗苟茂莘莫莲菊营蒋蓉蕾褚邬鄂鄞霍鹿黎哀皑癌蔼隘肮盎翱袄"
	"懊芭捌笆疤跋耙稗瓣梆苞雹悲钡狈崩甭泵迸逼鄙碧蓖毙毖痹敝弊鞭彪膘鳖憋瘪摈帛卜埠簿擦"
	"睬惭厕蹭碴搽岔诧豺搀掺馋谗阐猖尝巢掣逞骋匙崇踌稠瞅丑躇锄雏搐椽闯捶蠢疵茨慈葱囱簇"
	"蹿篡瘁淬翠瘩呆殆逮怠掸氮惮捣悼蹬瞪凳嫡掂靛佃甸惦奠碉叼爹迭叠盯恫抖逗痘缎兑蹲囤遁"
	"掇垛朵跺剁堕鹅讹遏饿筏阀珐藩矾吠吩忿粪敷涪袱脯覆阜讣咐篙皋膏羔镐搁鸽胳羹埂恭龚弓"
	"汞辜箍蛊刮剐褂罐刽裹骸氦亥酣憨函罕嚎菏貉阂涸鹤亨轰唬猾豢涣荒慌蝗簧惶幌恍蛔卉晦荤"
	"昏豁箕讥棘脊蓟伎悸寂枷荚颊笺煎缄茧硷饯涧酱蕉铰狡剿窖皆竭疥诫烬荆兢痉灸厩臼咎疚疽"
	"沮踞句鹃撅攫倔爵揩扛炕磕啃垦恳吭哭苦胯筐盔岿窥葵傀婪谰滥榔酪涝儡棱梨篱漓荔栗粱燎"
	"寥潦撂镣凛吝拎菱聋咙窿垄篓掳卤戮峦挛孪滦抡箩骡蛮蔓谩茫盲氓铆寐眯糜觅幂冕藐蔑抿皿"
	"悯螟谬摹牟墓慕氖囊闹馁霓蔫拈撵捻鸟啮镊狞泞弄虐疟懦藕沤啪爬琶湃磐耪咆呸砰抨烹蓬篷"
	"砒劈琵痞僻譬飘漂瓢撇瞥苹婆魄菩圃柒沏讫掐扦钎仟遣堑嵌歉呛橇锹敲鞘撬翘窍怯窃擒寝卿"
	"顷囚酋泅龋颧痊炔瘸榷雀瓤攘嚷饶壬纫茸荣冗孺褥闰洒叁丧搔嫂莎刹煞苫煽赡扇墒晌裳捎芍"
	"赊呻婶甥绳蚀誓恃疏孰暑黍戍竖漱耍甩拴爽吮舜嘶嗣巳耸怂擞粟僳髓隧祟蓑獭挞蹋苔酞坍瘫"
	"袒炭搪棠淌烫绦藤誊剔锑替嚏屉舔腆迢眺筒兔湍蜕臀鸵歪豌惋妄巍桅萎蔚畏紊嗡瓮斡呜乌毋"
	"捂晤昔熙矽嘻檄袭隙瞎锨舷涎羡襄萧嚣楔邪卸泻屑辛衅猩惺凶汹熊羞墟戌嘘蓄酗絮眩熏焉阉"
	"淹蜒奄唁谚殃鸯佯漾窑舀噎爷冶曳壹揖铱彝矣邑臆肄毅溢诣茵殷鹰缨萤荧盈臃痈雍蛹恿酉迂"
	"盂虞愚舆禹芋愈寓鸳冤曰蕴晕匝宰凿枣蚤皂憎喳铡闸眨斋窄毡盏辗崭蘸彰仗瘴罩肇蛰辙锗蔗"
	"斟臻狰怔吱蜘挚痔滞窒盅衷诌帚咒昼骤拄蛀拽赘坠缀谆茁啄兹滓鬃揍卒纂柞丕毓厥匮佟兮冥"
	"诏陂邳郓垩芷芮茉莒荃荀莅葆蓓薇奚忒喃嘟嗯帷岐岚岱岷峥猕庵阙浔浜浠浣淅渎涿溴潢漯潼"
	"濑澧澶濡濞濠瀛灞宥寮蹇弩妤妾娼婺媲嫣嫦嬉孚骊缂缪珈琨瑜璇璧楠榄樵瓯昊昱晏曜曦肴胭"
	"滕飓飚斐熹祛祠禧懋睿羁铵黏瘘瘙瘾癖癫窦覃虔蝙蟾筠籁羯翩跆跻貂雯龊鳌麒麟亓仝佘谌邸"
	"鄢蔺阚逯昝扈嵇胥裘訾磊森晶品淼焱垚犇矗阎闫间问闾";

int never_read_char(const char *c)
{
	for (const char *p = NEVER_READ; *p; p += 3)
		if (!memcmp(p, c, 3))
			return 1;
	return 0;
}
